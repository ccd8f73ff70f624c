// Reading a PDF back as a reader does (pdf.js, the PDF reader in Firefox): page count, the text
// of every page (lines joined by newlines), the title, and the targets of its links.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfContents {
  pages: number;
  text: string;
  title: unknown;
  links: string[];
}

export async function readPdf(bytes: Uint8Array): Promise<PdfContents> {
  const pdf = await getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false }).promise;
  let text = "";
  const links: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    for (const item of (await page.getTextContent()).items) if ("str" in item) text += item.str + (item.hasEOL ? "\n" : "");
    text += "\n";
    for (const a of await page.getAnnotations()) if (a.subtype === "Link") links.push(a.url ?? a.unsafeUrl ?? "(no url)");
  }
  const meta = await pdf.getMetadata();
  return { pages: pdf.numPages, text, title: (meta.info as Record<string, unknown>).Title, links };
}
