// Builds the peer's page for the opening benchmark: the article as one <p> per line (as the
// workbench renders it), the annotations as Recogito text selectors (UTF-16 offsets into the
// container's text, which has no newlines between paragraphs), and the bundled annotator.
import { build } from "esbuild";
import { createServer, type Server } from "node:http";
import { fileURLToPath } from "node:url";

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export async function recogitoPage(text: string, spans: Array<{ start: number; end: number }>): Promise<string> {
  const out = await build({
    entryPoints: [fileURLToPath(new URL("./entry.ts", import.meta.url))],
    bundle: true,
    minify: true,
    format: "iife",
    write: false,
    outdir: "out",
    logLevel: "silent",
  });
  const js = out.outputFiles.find((f) => f.path.endsWith(".js"))!.text;
  const css = out.outputFiles.find((f) => f.path.endsWith(".css"))?.text ?? "";
  // Code-point offsets in the text → UTF-16 offsets in the text without its newlines.
  const chars = [...text];
  const utf16At: number[] = [];
  let u = 0;
  for (const ch of chars) {
    utf16At.push(u);
    if (ch !== "\n") u += ch.length;
  }
  utf16At.push(u);
  const annotations = spans.map((s, i) => ({ id: `a${i}`, start: utf16At[s.start]!, end: utf16At[s.end]!, quote: chars.slice(s.start, s.end).join("").replace(/\n/g, "") }));
  const paragraphs = text.split("\n").map((line) => `<p>${escapeHtml(line)}</p>`).join("");
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Recogito</title><style>${css} body{font:16px/1.6 serif;max-width:48rem;margin:2rem auto} #text p{white-space:pre-wrap}</style></head><body><article id="text">${paragraphs}</article><script id="annotations" type="application/json">${JSON.stringify(annotations).replace(/</g, "\\u003c")}</script><script>${js}</script></body></html>`;
}

/** Serves one page at / on 127.0.0.1. */
export function servePage(html: string, port: number): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer((_, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(html);
    });
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}
