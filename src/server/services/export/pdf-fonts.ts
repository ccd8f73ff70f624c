// The fonts of the PDF report, shipped in assets/fonts (nothing is downloaded), read once.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PdfFonts } from "../../../domain/export/pdf-report.ts";

let loaded: Promise<PdfFonts> | undefined;

export function pdfFonts(): Promise<PdfFonts> {
  loaded ??= (async () => {
    const dir = path.join(process.cwd(), "assets", "fonts");
    const read = async (name: string) => new Uint8Array(await readFile(path.join(dir, name)));
    const [regular, bold, italic, symbols] = await Promise.all(["NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "Symbola.ttf"].map(read));
    return { regular: regular!, bold: bold!, italic: italic!, symbols: symbols! };
  })();
  return loaded;
}
