// Correcting a document: its metadata, and its text (typos, a paragraph the importer got
// wrong). The old text is kept as a revision; every annotation is re-anchored on the new text
// (same place, moved with the edit, or found again by its quote); the ones whose words are
// gone are marked orphaned for a person to re-attach, never moved to other words.
import { reanchor, type AnchorResult } from "../../../domain/anchoring/reanchor.ts";
import { quoteSelector } from "../../../domain/anchoring/span.ts";
import { checkImportText } from "../../../domain/import/check-import.ts";
import { codePointLength, createOffsetMap } from "../../../domain/text/code-points.ts";
import { normalizeText, textHash } from "../../../domain/text/normalize.ts";
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { config } from "../../config.ts";
import { insertAnnotationEvents, type AnnotationEventInput } from "../../data/annotations.ts";
import { insertRevision } from "../../data/document-revisions.ts";
import { db } from "../../db/client.ts";
import type { Tx } from "../../db/transaction.ts";
import { AppError, notFound } from "../../errors.ts";
import type { DocumentMetadata } from "./document-metadata.ts";

export interface CorrectionInput extends Omit<DocumentMetadata, "language"> {
  version: number;
  text?: string;
  note?: string;
}

export interface ReanchorReport {
  unchanged: number;
  moved: number;
  orphaned: number;
  orphanedIds: string[];
}

const CHUNK = 500;

type Before = { start: number; end: number; quote: string; prefix: string; suffix: string };

async function applyResults(tx: Tx, actorId: string, documentId: string, newText: string, newHash: string, results: AnchorResult[], before: Map<string, Before>): Promise<ReanchorReport> {
  const map = createOffsetMap(newText);
  const report: ReanchorReport = { unchanged: 0, moved: 0, orphaned: 0, orphanedIds: [] };
  const untouched: string[] = [];
  // History entries are written together at the end (a few statements instead of one per annotation).
  const events: AnnotationEventInput[] = [];
  for (const r of results) {
    const old = before.get(r.id)!;
    if (r.status === "orphaned") {
      report.orphaned++;
      report.orphanedIds.push(r.id);
      await tx.annotation.update({ where: { id: r.id }, data: { anchorStatus: "orphaned", anchorScore: r.score, version: { increment: 1 }, updatedById: actorId } });
      events.push({ annotationId: r.id, documentId, actorId, action: "orphan", changes: { anchorStatus: { before: "anchored", after: "orphaned" }, score: { before: 1, after: r.score } } });
      continue;
    }
    const sel = quoteSelector(newText, r.start, r.end, map);
    if (r.start === old.start && r.end === old.end && sel.quote === old.quote) {
      report.unchanged++;
      // Same span, same words: only the text hash changes (in batches), unless the context
      // around it changed, which its selectors must follow.
      if (sel.prefix === old.prefix && sel.suffix === old.suffix) untouched.push(r.id);
      else await tx.annotation.update({ where: { id: r.id }, data: { prefix: sel.prefix, suffix: sel.suffix, textHash: newHash } });
      continue;
    }
    report.moved++;
    await tx.annotation.update({ where: { id: r.id }, data: { start: r.start, end: r.end, ...sel, textHash: newHash, anchorScore: r.score, version: { increment: 1 }, updatedById: actorId } });
    events.push({
      annotationId: r.id,
      documentId,
      actorId,
      action: "reanchor",
      changes: { start: { before: old.start, after: r.start }, end: { before: old.end, after: r.end }, quote: { before: old.quote, after: sel.quote }, score: { before: 1, after: r.score } },
    });
  }
  for (let i = 0; i < untouched.length; i += CHUNK) {
    await tx.annotation.updateMany({ where: { id: { in: untouched.slice(i, i + CHUNK) } }, data: { textHash: newHash } });
  }
  await insertAnnotationEvents(tx, events);
  return report;
}

export async function correctDocument(actor: CurrentUser, id: string, input: CorrectionInput) {
  authorize(actor, "document.correct");
  return db().$transaction(async (tx) => {
    const doc = await tx.document.findUnique({ where: { id } });
    if (!doc) throw notFound("The document");
    if (doc.version !== input.version) {
      throw new AppError("conflict", `Someone else changed this document first (now version ${doc.version}). Reload it and apply your correction again.`, { details: { currentVersion: doc.version } });
    }
    const metadata = {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.outlet !== undefined ? { outlet: input.outlet } : {}),
      ...(input.publishedAt !== undefined ? { publishedAt: input.publishedAt } : {}),
      ...(input.sourceUrl !== undefined ? { sourceUrl: input.sourceUrl } : {}),
    };
    let report: ReanchorReport = { unchanged: 0, moved: 0, orphaned: 0, orphanedIds: [] };
    let textUpdate = {};
    if (input.text !== undefined) {
      const check = checkImportText(input.text, config().maxImportBytes);
      if (!check.ok) throw new AppError(check.code === "too_large" ? "payload_too_large" : "validation_failed", check.message, { details: { field: "text" } });
      const newText = normalizeText(input.text);
      const newHash = textHash(newText);
      if (newHash !== doc.textHash) {
        const twin = await tx.document.findUnique({ where: { textHash: newHash }, select: { id: true, title: true } });
        if (twin) throw new AppError("conflict", `Another document already has exactly this text: “${twin.title}”.`);
        await insertRevision(tx, { documentId: id, version: doc.version, text: doc.text, textHash: doc.textHash, replacedById: actor.id, note: input.note ?? "" });
        const anchors = await tx.annotation.findMany({ where: { documentId: id, anchorStatus: "anchored" }, select: { id: true, start: true, end: true, quote: true, prefix: true, suffix: true } });
        const results = reanchor(doc.text, newText, anchors);
        report = await applyResults(tx, actor.id, id, newText, newHash, results, new Map(anchors.map((a) => [a.id, a])));
        textUpdate = { text: newText, textHash: newHash, length: codePointLength(newText) };
      }
    }
    const updated = await tx.document.update({ where: { id }, data: { ...metadata, ...textUpdate, version: { increment: 1 } } });
    return { document: updated, reanchor: report };
  });
}
