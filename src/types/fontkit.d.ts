// The part of fontkit (a pdfkit dependency) the PDF report uses: glyph coverage of a font.
declare module "fontkit" {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Buffer, postscriptName?: string): Font | { fonts: Font[] };
}
