// Importing an article: check the content, normalise it once (NFC, LF line endings), refuse
// duplicates by text hash, fill in title, outlet and date from the text where not given.
import { checkImportText, decodeImportFile, type ImportCheckFailure } from "../../../domain/import/check-import.ts";
import { codePointLength } from "../../../domain/text/code-points.ts";
import { normalizeText, textHash } from "../../../domain/text/normalize.ts";
import { detectOutlet } from "../../../domain/text/outlet.ts";
import { detectPublishedDate } from "../../../domain/text/published-date.ts";
import { deriveTitle } from "../../../domain/text/title.ts";
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { config } from "../../config.ts";
import { recordAudit } from "../../data/audit-events.ts";
import { findDocumentByHash, insertDocument, type DocumentSummary, type ImportSource } from "../../data/documents.ts";
import { db } from "../../db/client.ts";
import { AppError, isUniqueViolation, type ErrorCode } from "../../errors.ts";
import type { DocumentMetadata } from "./document-metadata.ts";

export interface ImportResult {
  document: DocumentSummary;
  /** false when the same text was already there: nothing new was stored. */
  created: boolean;
}

const STATUS_FOR: Record<ImportCheckFailure["code"], ErrorCode> = {
  too_large: "payload_too_large",
  unsupported_type: "unsupported_media_type",
  binary: "unsupported_media_type",
  invalid_utf8: "validation_failed",
  invalid_text: "validation_failed",
  empty: "validation_failed",
};

function refuse(failure: ImportCheckFailure): AppError {
  return new AppError(STATUS_FOR[failure.code], failure.message, { details: { reason: failure.code } });
}

/** A file name as people see it: control characters (NUL included) removed, 255 characters at most. */
function cleanFileName(name: string): string {
  return name.replace(/[\u0000-\u001F\u007F]/g, "").slice(0, 255);
}

/** `actor` null means the system itself (the demo seed). */
export async function importDocument(
  actor: CurrentUser | null,
  input: { text: string; source: ImportSource; fileName?: string } & DocumentMetadata,
): Promise<ImportResult> {
  if (actor) authorize(actor, "document.import");
  const check = checkImportText(input.text, config().maxImportBytes);
  if (!check.ok) throw refuse(check);

  const text = normalizeText(input.text);
  const hash = textHash(text);
  const existing = await findDocumentByHash(hash);
  if (existing) return { document: existing, created: false };

  try {
    const document = await db().$transaction(async (tx) => {
      const doc = await insertDocument(
        {
          title: input.title ?? deriveTitle(text),
          text,
          textHash: hash,
          length: codePointLength(text),
          language: input.language ?? "id",
          outlet: input.outlet ?? detectOutlet(text),
          publishedAt: input.publishedAt ?? detectPublishedDate(text),
          sourceUrl: input.sourceUrl ?? null,
          importSource: input.source,
          importFileName: input.fileName === undefined ? null : cleanFileName(input.fileName),
          importedById: actor?.id ?? null,
        },
        tx,
      );
      await recordAudit(
        { actorId: actor?.id ?? null, action: "document.import", entityType: "document", entityId: doc.id, details: { source: input.source, fileName: input.fileName === undefined ? null : cleanFileName(input.fileName) } },
        tx,
      );
      return doc;
    });
    return { document, created: true };
  } catch (err) {
    // Someone imported the same text at the same moment: theirs stands.
    if (isUniqueViolation(err)) {
      const winner = await findDocumentByHash(hash);
      if (winner) return { document: winner, created: false };
    }
    throw err;
  }
}

/** Importing an uploaded .txt/.md file: decode and check the bytes first. */
export async function importDocumentFile(
  actor: CurrentUser | null,
  input: { bytes: Uint8Array; fileName: string; source: ImportSource } & DocumentMetadata,
): Promise<ImportResult> {
  if (actor) authorize(actor, "document.import");
  const decoded = decodeImportFile(input.bytes, input.fileName, config().maxImportBytes);
  if (!decoded.ok) throw refuse(decoded);
  const { bytes: _bytes, ...rest } = input;
  return importDocument(actor, { ...rest, text: decoded.text });
}
