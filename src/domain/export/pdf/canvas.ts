// A page canvas over pdfkit for the PDF report: the shipped fonts with fallback, paragraphs laid
// out by flow.ts, tables whose rows continue across pages (header repeated), a footer on every
// page. Draws; knows nothing of claims.
import * as fontkit from "fontkit";
import PDFDocument from "pdfkit";
import { layout, type FontKey, type Line, type Span, type Typesetter } from "./flow.ts";

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
  /** Fallback for symbols and emoji the text fonts lack. */
  symbols: Uint8Array;
}

export const PAGE = { width: 595.28, height: 841.89, margin: 44 };
const FOOTER = 24;

export interface Column {
  header: string;
  width: number;
}

const covers = new WeakMap<Uint8Array, fontkit.Font>();
function parsed(bytes: Uint8Array): fontkit.Font {
  let font = covers.get(bytes);
  if (!font) {
    font = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as fontkit.Font;
    covers.set(bytes, font);
  }
  return font;
}

export class PdfCanvas {
  readonly doc: PDFKit.PDFDocument;
  readonly typesetter: Typesetter;
  private readonly widths = new Map<string, number>();
  private readonly faces = new Map<number, string>();
  private footerText = "";
  private readonly chunks: Buffer[] = [];

  constructor(fonts: PdfFonts, info: { title: string; author: string }) {
    this.doc = new PDFDocument({
      size: "A4",
      margins: { top: PAGE.margin, bottom: PAGE.margin + FOOTER, left: PAGE.margin, right: PAGE.margin },
      info: { Title: info.title, Author: info.author, Creator: "Saring" },
      lang: "id-ID",
      displayTitle: true,
      autoFirstPage: false,
    });
    const toBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);
    for (const key of ["regular", "bold", "italic", "symbols"] as const) this.doc.registerFont(key, toBuffer(fonts[key]));
    const has = { regular: parsed(fonts.regular), bold: parsed(fonts.bold), italic: parsed(fonts.italic), symbols: parsed(fonts.symbols) };
    const fontIndex: Record<FontKey, number> = { regular: 0, bold: 1, italic: 2 };
    this.typesetter = {
      faceFor: (cp, font) => {
        const key = cp * 4 + fontIndex[font];
        let face = this.faces.get(key);
        if (face === undefined) {
          face = has[font].hasGlyphForCodePoint(cp) || !has.symbols.hasGlyphForCodePoint(cp) ? font : "symbols";
          this.faces.set(key, face);
        }
        return face;
      },
      measure: (text, face, size) => {
        const key = `${face}\u0000${size}\u0000${text}`;
        let w = this.widths.get(key);
        if (w === undefined) {
          w = this.doc.font(face).fontSize(size).widthOfString(text);
          if (text.length < 40) this.widths.set(key, w);
        }
        return w;
      },
    };
    this.doc.on("pageAdded", () => this.drawFooter());
    this.doc.on("data", (c: Buffer) => this.chunks.push(c));
  }

  get bottom(): number {
    return PAGE.height - PAGE.margin - FOOTER;
  }

  get contentWidth(): number {
    return PAGE.width - 2 * PAGE.margin;
  }

  setFooter(text: string): void {
    this.footerText = text;
  }

  private pageNumber = 0;
  private drawFooter(): void {
    this.pageNumber++;
    const { doc } = this;
    const y = PAGE.height - PAGE.margin - 10;
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const label = `${this.footerText} · page ${this.pageNumber}`;
    this.drawLine(layout([{ text: label, style: { font: "regular", size: 7.5, color: "#52606d" } }], this.contentWidth, this.typesetter)[0]!, PAGE.margin, y, 10);
    doc.page.margins.bottom = saved;
    doc.x = PAGE.margin;
    doc.y = PAGE.margin;
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.y = PAGE.margin;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  /** Draws one laid-out line with its top at y; the line box is `height` tall. */
  drawLine(line: Line, x: number, y: number, height: number): void {
    const { doc } = this;
    for (const p of line.pieces) {
      if (p.style.background) doc.rect(x + p.x, y, p.width, height).fill(p.style.background);
    }
    for (const p of line.pieces) {
      const top = y + (height - p.style.size * 1.2) / 2;
      doc.font(p.face).fontSize(p.style.size).fillColor(p.style.color);
      doc.text(p.text, x + p.x, top, { lineBreak: false, ...(p.style.link ? { link: p.style.link } : {}) });
      if (p.style.underline) doc.save().moveTo(x + p.x, y + height - 0.8).lineTo(x + p.x + p.width, y + height - 0.8).lineWidth(1.2).stroke(p.style.underline).restore();
    }
  }

  /** A paragraph across the content width (or `width`), breaking onto new pages as needed. */
  paragraph(spans: Span[], options: { x?: number; width?: number; leading?: number; after?: number } = {}): void {
    const x = options.x ?? PAGE.margin;
    const leading = options.leading ?? 1.4;
    for (const line of layout(spans, options.width ?? this.contentWidth, this.typesetter)) {
      const h = line.size * leading;
      this.ensure(h);
      this.drawLine(line, x, this.doc.y, h);
      this.doc.y += h;
    }
    this.doc.y += options.after ?? 6;
  }

  /** A table: rows of cells (each cell a list of spans); a row taller than a page continues. */
  table(columns: Column[], rows: Span[][][], options: { size?: number; headerFill?: string } = {}): void {
    const { doc } = this;
    const size = options.size ?? 8;
    const lh = size * 1.3;
    const pad = 3;
    const xs = columns.reduce<number[]>((acc, c, i) => [...acc, (acc[i] ?? PAGE.margin) + c.width], [PAGE.margin]);
    const border = (top: number, bottom: number) => {
      doc.save().lineWidth(0.5).strokeColor("#bcccdc");
      doc.rect(PAGE.margin, top, xs[xs.length - 1]! - PAGE.margin, bottom - top).stroke();
      for (const x of xs.slice(1, -1)) doc.moveTo(x, top).lineTo(x, bottom).stroke();
      doc.restore();
    };
    const header = () => {
      const cells = columns.map((c) => layout([{ text: c.header, style: { font: "bold", size, color: "#1f2933" } }], c.width - 2 * pad, this.typesetter));
      const h = Math.max(...cells.map((l) => l.length)) * lh + 2 * pad;
      this.ensure(h + lh * 2);
      const top = doc.y;
      doc.rect(PAGE.margin, top, xs[xs.length - 1]! - PAGE.margin, h).fill(options.headerFill ?? "#f0f4f8");
      cells.forEach((lines, i) => lines.forEach((line, k) => this.drawLine(line, xs[i]! + pad, top + pad + k * lh, lh)));
      border(top, top + h);
      doc.y = top + h;
    };
    header();
    for (const row of rows) {
      const cells = row.map((spans, i) => layout(spans, columns[i]!.width - 2 * pad, this.typesetter));
      const count = Math.max(...cells.map((l) => l.length));
      if (doc.y + Math.min(count, 3) * lh + 2 * pad > this.bottom) {
        this.newPage();
        header();
      }
      let top = doc.y;
      let y = top + pad;
      for (let k = 0; k < count; k++) {
        if (y + lh > this.bottom) {
          border(top, y);
          this.newPage();
          header();
          top = doc.y;
          y = top + pad;
        }
        cells.forEach((lines, i) => {
          const line = lines[k];
          if (line) this.drawLine(line, xs[i]! + pad, y, lh);
        });
        y += lh;
      }
      border(top, y + pad);
      doc.y = y + pad;
    }
    doc.y += 10;
  }

  /** Collects the PDF bytes once the document is finished. */
  finish(): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.doc.on("end", () => resolve(new Uint8Array(Buffer.concat(this.chunks))));
      this.doc.on("error", reject);
      this.doc.end();
    });
  }
}
