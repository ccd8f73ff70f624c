// Line layout for the PDF report: styled spans → lines of positioned pieces, broken greedily at
// spaces (a word wider than the line is broken between characters), hard breaks at "\n". Each
// character is drawn with the first face that has a glyph for it (font fallback). Measuring is
// passed in, so the layout is pure and testable without a PDF library.

export type FontKey = "regular" | "bold" | "italic";

export interface Style {
  font: FontKey;
  size: number;
  color: string;
  background?: string;
  underline?: string;
  link?: string;
}

export interface Span {
  text: string;
  style: Style;
}

export interface Piece {
  text: string;
  style: Style;
  /** The face actually used: the style's font or a fallback. */
  face: string;
  x: number;
  width: number;
}

export interface Line {
  pieces: Piece[];
  width: number;
  /** The largest font size on the line (its height is this times the line-height factor). */
  size: number;
}

export interface Typesetter {
  /** The face to draw this code point with, for a wanted font. */
  faceFor(codePoint: number, font: FontKey): string;
  /** Width in points of text in a face at a size. */
  measure(text: string, face: string, size: number): number;
}

// Invisible direction controls have no place in a PDF (it has no bidi); other controls become spaces.
const INVISIBLE = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]|\t/g;

export function cleanForPdf(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(INVISIBLE, "").replace(CONTROL, " ");
}

interface Fragment {
  text: string;
  style: Style;
  face: string;
  width: number;
}

/** Splits text of one style into runs that share a face. */
function faceRuns(text: string, style: Style, t: Typesetter): Fragment[] {
  const runs: Fragment[] = [];
  let current = "";
  let face = "";
  for (const ch of text) {
    const f = t.faceFor(ch.codePointAt(0)!, style.font);
    if (f !== face && current) {
      runs.push({ text: current, style, face, width: t.measure(current, face, style.size) });
      current = "";
    }
    face = f;
    current += ch;
  }
  if (current) runs.push({ text: current, style, face, width: t.measure(current, face, style.size) });
  return runs;
}

export function layout(spans: readonly Span[], maxWidth: number, t: Typesetter): Line[] {
  const lines: Line[] = [];
  let line: Fragment[] = [];
  let x = 0;
  let pendingSpace: Fragment[] = [];
  let word: Fragment[] = [];
  const lastSize = spans[0]?.style.size ?? 10;

  const finishLine = () => {
    lines.push(toLine(line, lastSize));
    line = [];
    x = 0;
    pendingSpace = [];
  };
  const place = (frags: Fragment[]) => {
    for (const f of frags) line.push(f);
    x += frags.reduce((s, f) => s + f.width, 0);
  };
  const placeWord = () => {
    if (word.length === 0) return;
    const width = word.reduce((s, f) => s + f.width, 0);
    const spaceWidth = pendingSpace.reduce((s, f) => s + f.width, 0);
    if (line.length > 0 && x + spaceWidth + width > maxWidth) finishLine();
    if (line.length > 0) place(pendingSpace);
    pendingSpace = [];
    if (width <= maxWidth - x) place(word);
    else breakWord(word);
    word = [];
  };
  // A word wider than the line: as many characters per line as fit.
  const breakWord = (frags: Fragment[]) => {
    for (const f of frags) {
      let chunk = "";
      for (const ch of f.text) {
        const w = t.measure(chunk + ch, f.face, f.style.size);
        if (x + w > maxWidth && (chunk || line.length)) {
          if (chunk) place([{ ...f, text: chunk, width: t.measure(chunk, f.face, f.style.size) }]);
          finishLine();
          chunk = "";
        }
        chunk += ch;
      }
      if (chunk) place([{ ...f, text: chunk, width: t.measure(chunk, f.face, f.style.size) }]);
    }
  };

  for (const span of spans) {
    for (const token of cleanForPdf(span.text).match(/\n| +|[^\n ]+/g) ?? []) {
      if (token === "\n") {
        placeWord();
        finishLine();
      } else if (token[0] === " ") {
        placeWord();
        pendingSpace.push({ text: token, style: span.style, face: t.faceFor(32, span.style.font), width: t.measure(token, t.faceFor(32, span.style.font), span.style.size) });
      } else {
        word.push(...faceRuns(token, span.style, t));
      }
    }
  }
  placeWord();
  if (line.length > 0 || lines.length === 0) lines.push(toLine(line, lastSize));
  return lines;
}

function sameLook(a: Fragment, b: Fragment): boolean {
  const s = a.style;
  const u = b.style;
  return a.face === b.face && s.size === u.size && s.color === u.color && s.background === u.background && s.underline === u.underline && s.link === u.link;
}

/** Positions the fragments of a line, joining neighbours that look the same (fewer draw calls). */
function toLine(frags: Fragment[], fallbackSize: number): Line {
  const pieces: Piece[] = [];
  let x = 0;
  for (const f of frags) {
    const last = pieces[pieces.length - 1];
    if (last && sameLook(last, f)) {
      last.text += f.text;
      last.width += f.width;
    } else pieces.push({ text: f.text, style: f.style, face: f.face, x, width: f.width });
    x += f.width;
  }
  const size = frags.reduce((m, f) => Math.max(m, f.style.size), 0) || fallbackSize;
  return { pieces, width: x, size };
}
