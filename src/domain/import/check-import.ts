// Checks of imported content, before anything is stored. Never throws: returns either the
// text or a failure with a code and a message a non-technical user understands.
import { formatBytes as formatLimit } from "../format-bytes.ts";

export type ImportFailureCode = "too_large" | "unsupported_type" | "binary" | "invalid_utf8" | "invalid_text" | "empty";
export interface ImportCheckFailure {
  ok: false;
  code: ImportFailureCode;
  message: string;
}
export type ImportCheck = { ok: true; text: string } | ImportCheckFailure;

const TEXT_EXTENSIONS = [".txt", ".md", ".markdown"];

/** File signatures of common binary formats people upload by mistake. */
const MAGIC: ReadonlyArray<{ name: string; bytes: number[] }> = [
  { name: "a PDF", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "a ZIP archive or Word document", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "an old Word or Excel document", bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: "a WebP image", bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: "a gzip archive", bytes: [0x1f, 0x8b] },
];

function fail(code: ImportFailureCode, message: string): ImportCheckFailure {
  return { ok: false, code, message };
}

/** C0 control characters other than tab, line feed, form feed and carriage return, and DEL. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;
/** Any lone surrogate: the string is not well-formed Unicode. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function isBlank(text: string): boolean {
  return /^[\s\u200b\u200c\u200d\u2060\ufeff]*$/u.test(text);
}

export function checkImportText(text: string, maxBytes: number): ImportCheck {
  if (new TextEncoder().encode(text).byteLength > maxBytes) {
    return fail("too_large", `The text is larger than the limit of ${formatLimit(maxBytes)}.`);
  }
  if (LONE_SURROGATE.test(text)) return fail("invalid_text", "The text contains broken characters (unpaired surrogates) and cannot be stored.");
  if (text.includes("\u0000") || CONTROL.test(text)) {
    return fail("binary", "This is not plain text: it contains control characters such as NUL. Import the text of an article (.txt or .md).");
  }
  if (isBlank(text)) return fail("empty", "The text is empty. Paste or upload the text of an article.");
  return { ok: true, text };
}

export function decodeImportFile(bytes: Uint8Array, fileName: string, maxBytes: number): ImportCheck {
  if (bytes.byteLength > maxBytes) return fail("too_large", `The file is larger than the limit of ${formatLimit(maxBytes)}.`);
  const lower = fileName.toLowerCase();
  if (!TEXT_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
    return fail("unsupported_type", "Only text files can be imported: .txt or .md (Markdown).");
  }
  const magic = MAGIC.find((m) => m.bytes.every((b, i) => bytes[i] === b));
  if (magic) return fail("binary", `This file is not text (it looks like ${magic.name}). Import a .txt or .md file.`);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail("invalid_utf8", "This file is saved as UTF-16. Save it as UTF-8 text and import it again.");
  }
  if (bytes.includes(0)) return fail("binary", "This file is not text (it contains NUL bytes). Import a .txt or .md file.");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return fail("invalid_utf8", "This file is not valid UTF-8 text. Save it as UTF-8 and import it again.");
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (CONTROL.test(text)) return fail("binary", "This file is not text (it contains control characters). Import a .txt or .md file.");
  if (isBlank(text)) return fail("empty", "The file is empty or holds only whitespace.");
  return { ok: true, text };
}
