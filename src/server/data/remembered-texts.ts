// The texts of documents recently annotated, by document id, so the hottest write (a new span)
// does not read a whole text back from the database for every span: its query returns the text
// only when the document's text hash is not the remembered one. A hash names one text (a
// correction is a new hash), so a remembered text is right whenever its hash is the stored one.
// Kept for the most recently used documents, up to 32 million UTF-16 units in all.

export interface KnownText {
  textHash: string;
  text: string;
}

const BUDGET = 32 * 1024 * 1024;
const remembered = new Map<string, KnownText>();
let kept = 0;

/** What is remembered of a document's text (read it before the query, use it after). */
export function knownText(documentId: string): KnownText | undefined {
  return remembered.get(documentId);
}

/**
 * The document's text, given what the database returned — its hash, and its text or null when
 * the hash was `known`'s — and remembers it as the most recently used.
 */
export function textFromRow(documentId: string, known: KnownText | undefined, row: { textHash: string; text: string | null }): string {
  const text = row.text ?? (known && known.textHash === row.textHash ? known.text : null);
  if (text === null) throw new Error("the database left out a text that is not remembered");
  const previous = remembered.get(documentId);
  if (previous) {
    remembered.delete(documentId);
    kept -= previous.text.length;
  }
  remembered.set(documentId, { textHash: row.textHash, text });
  kept += text.length;
  for (const [id, entry] of remembered) {
    if (kept <= BUDGET || id === documentId) break;
    remembered.delete(id);
    kept -= entry.text.length;
  }
  return text;
}
