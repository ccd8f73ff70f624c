// Helpers for the workbench tests: documents and annotations made over the API, mouse
// selections of exact words, and what the page has painted (CSS Custom Highlight API).
import type { APIRequestContext, Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { expect } from "./fixtures";

export interface Doc {
  id: string;
  text: string;
}

export interface AnnotationJson {
  id: string;
  documentId: string;
  claimId: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  translation: string;
  verdict: string;
  claimant: string;
  rationale: string;
  evidence: Array<{ url: string; title: string; quote: string; stance: string; accessedAt: string | null }>;
  anchorStatus: string;
  version: number;
  createdBy: { id: string; name: string };
  updatedBy: { id: string; name: string };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** An article of our own (the seeds stay untouched for other tests), unique per call. */
export async function importArticle(request: APIRequestContext, token: string, lines: string[]): Promise<Doc> {
  const text = [`Berita uji ${randomBytes(4).toString("hex")} dari Jakarta.`, ...lines].join("\n");
  const res = await request.post("/api/v1/documents", { headers: bearer(token), data: { text, outlet: "Uji" } });
  expect(res.status(), await res.text()).toBe(201);
  const doc = (await res.json()) as Doc;
  return { id: doc.id, text: doc.text };
}

/** Code-point offsets of the first occurrence of `quote` (the API's unit). */
export function span(text: string, quote: string): { start: number; end: number } {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in the text`);
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...quote].length };
}

export async function createAnnotation(request: APIRequestContext, token: string, doc: Doc, quote: string, fields: Record<string, unknown> = {}): Promise<AnnotationJson> {
  const res = await request.post(`/api/v1/documents/${doc.id}/annotations`, { headers: bearer(token), data: { ...span(doc.text, quote), ...fields } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as AnnotationJson;
}

export async function listAnnotations(request: APIRequestContext, token: string, docId: string): Promise<AnnotationJson[]> {
  const res = await request.get(`/api/v1/documents/${docId}/annotations`, { headers: bearer(token) });
  expect(res.status()).toBe(200);
  return (await res.json()) as AnnotationJson[];
}

/** Opens a document and waits until its highlights are painted and the workbench answers. */
export async function openDocument(page: Page, docId: string): Promise<void> {
  await page.goto(`/documents/${docId}`);
  await expect(page.getByRole("article")).toHaveAttribute("data-painted", /\d+/);
  await expect(page.locator(".workbench")).toHaveAttribute("data-interactive", "");
}

/** Where `quote` sits on screen: the middle of its first and last characters. */
async function wordBoxes(page: Page, quote: string) {
  return page.evaluate((q) => {
    for (const el of document.querySelectorAll("article [data-s]")) {
      const node = el.firstChild as Text | null;
      const at = node?.data.indexOf(q) ?? -1;
      if (!node || at < 0) continue;
      const box = (from: number, to: number) => {
        const r = new Range();
        r.setStart(node, from);
        r.setEnd(node, to);
        const rect = r.getClientRects()[0]!;
        return { left: rect.left, right: rect.right, y: rect.top + rect.height / 2 };
      };
      return { first: box(at, at + 1), last: box(at + q.length - 1, at + q.length) };
    }
    return null;
  }, quote);
}

/** Selects `quote` in the article by dragging the mouse from its first to its last letter. */
export async function dragSelect(page: Page, quote: string): Promise<void> {
  const boxes = await wordBoxes(page, quote);
  if (!boxes) throw new Error(`"${quote}" is not shown in the article`);
  await page.mouse.move(boxes.first.left + 1, boxes.first.y);
  await page.mouse.down();
  await page.mouse.move((boxes.first.left + boxes.last.right) / 2, (boxes.first.y + boxes.last.y) / 2, { steps: 4 });
  await page.mouse.move(boxes.last.right - 1, boxes.last.y, { steps: 4 });
  await page.mouse.up();
}

/** Points the mouse at the middle of `quote`'s first letter (and clicks, if asked). */
export async function pointAt(page: Page, quote: string, click = false): Promise<void> {
  const boxes = await wordBoxes(page, quote);
  if (!boxes) throw new Error(`"${quote}" is not shown in the article`);
  const x = (boxes.first.left + boxes.first.right) / 2;
  if (click) await page.mouse.click(x, boxes.first.y);
  else await page.mouse.move(x, boxes.first.y);
}

/** The painted highlights: name → the text of each range. */
export async function painted(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, ranges] of registry) out[name] = [...ranges].map((r) => r.toString());
    return out;
  });
}

/**
 * The colour on screen behind `quote` in the article (the most frequent pixel in its box, which is
 * the background, not the glyphs), as [r, g, b]: what a painted highlight really looks like.
 * The screenshot is decoded by the browser itself, on a canvas in a page of its own.
 */
export async function backgroundBehind(page: Page, quote: string): Promise<[number, number, number]> {
  const box = await page.evaluate((q) => {
    for (const el of document.querySelectorAll("article.doc-text [data-s]")) {
      const node = el.firstChild as Text | null;
      const at = node?.data.indexOf(q) ?? -1;
      if (!node || at < 0) continue;
      node.parentElement!.scrollIntoView({ block: "center" });
      const range = new Range();
      range.setStart(node, at);
      range.setEnd(node, at + q.length);
      const r = range.getClientRects()[0]!;
      return { x: r.x + 1, y: r.y + 1, width: Math.max(1, r.width - 2), height: Math.max(1, r.height - 2) };
    }
    throw new Error(`"${q}" is not in the article`);
  }, quote);
  const png = (await page.screenshot({ clip: box })).toString("base64");
  const decoder = await page.context().newPage();
  try {
    return await decoder.evaluate(async (data) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, img.width, img.height).data;
      const counts = new Map<number, number>();
      for (let i = 0; i < px.length; i += 4) {
        const key = (px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const [key] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
      return [key >> 16, (key >> 8) & 255, key & 255] as [number, number, number];
    }, png);
  } finally {
    await decoder.close();
  }
}

/** The text from the painted keyboard caret to the end of its paragraph ("" if none). */
export async function caretAt(page: Page): Promise<string> {
  // The caret is painted on the animation frame after the selection changes.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const [range] = registry.get("saring-caret") ?? [];
    return range ? (range.startContainer as Text).data.slice(range.startOffset) : "";
  });
}
