// The opening benchmark's floor (docs/BENCHMARKS.md): a text file, read once per change, as
// the document page's paragraphs. Only when SARING_BENCH_FLOOR_TEXT names the file (the
// benchmark's own server); otherwise there is no floor and its page answers 404.
import { readFileSync, statSync } from "node:fs";
import { splitParagraphs, type Paragraph } from "../../domain/text/paragraphs.ts";
import { config } from "../config.ts";

export interface FloorText {
  text: string;
  paragraphs: Paragraph[];
}

let remembered: { path: string; mtimeMs: number; floor: FloorText } | null = null;

export function openingFloorText(): FloorText | null {
  const path = config().benchFloorText;
  if (!path) return null;
  const { mtimeMs } = statSync(path);
  if (remembered?.path !== path || remembered.mtimeMs !== mtimeMs) {
    const text = readFileSync(path, "utf8");
    remembered = { path, mtimeMs, floor: { text, paragraphs: splitParagraphs(text) } };
  }
  return remembered.floor;
}
