import { describe, expect, it } from "vitest";
import { earlyPaintScript } from "./early-paint.ts";

/** Runs the inline script with stand-ins for the few browser objects it may touch. */
function run(source: string, blockTexts: string[], existing: string[] = []) {
  const registry = new Map<string, { priority: number; ranges: Array<[string, number, string, number]> }>(existing.map((n) => [n, { priority: 0, ranges: [] }]));
  const nodes = blockTexts.map((data) => ({ nodeType: 3, data }));
  const attributes = new Map<string, string>();
  const article = {
    querySelectorAll: (selector: string) => ({ forEach: (f: (el: { firstChild: unknown }) => void) => (selector === "[data-s]" ? nodes.forEach((n) => f({ firstChild: n })) : undefined) }),
    getAttribute: (k: string) => attributes.get(k) ?? null,
    setAttribute: (k: string, v: string) => attributes.set(k, v),
  };
  class Highlight {
    priority = 0;
    ranges: Array<[string, number, string, number]> = [];
    add(r: { a: { data: string }; ao: number; b: { data: string }; bo: number }) {
      this.ranges.push([r.a.data, r.ao, r.b.data, r.bo]);
    }
  }
  class Range {
    a!: { data: string };
    ao = 0;
    b!: { data: string };
    bo = 0;
    setStart(n: { data: string }, o: number) {
      [this.a, this.ao] = [n, o];
    }
    setEnd(n: { data: string }, o: number) {
      [this.b, this.bo] = [n, o];
    }
  }
  const CSS = { highlights: { set: (k: string, h: Highlight) => registry.set(k, h), delete: (k: string) => registry.delete(k), forEach: (f: (h: unknown, k: string) => void) => registry.forEach((h, k) => f(h, k)) } };
  const frames: Array<() => void> = [];
  const window: { __saringPaintedAt?: number } = {};
  const document = { querySelector: (selector: string) => (selector === "article.doc-text" ? article : null) };
  // Only these names exist for the script: anything else it used would throw.
  new Function("document", "CSS", "Highlight", "Range", "requestAnimationFrame", "window", "performance", source)(document, CSS, Highlight, Range, (f: () => void) => frames.push(f), window, { now: () => 42 });
  while (frames.length) frames.shift()!();
  return { registry, attributes, window };
}

describe("the first paint's inline script", () => {
  const plan = [
    { name: "saring-v-FALSE", priority: 0, ranges: [0, 0, 0, 4, 1, 2, 1, 6] },
    { name: "saring-overlap", priority: 1, ranges: [] },
  ];
  it("paints the plan on the workbench's article, with nothing but browser globals", () => {
    const { registry, attributes, window } = run(earlyPaintScript(plan, 2), ["Satu dua", "Tiga empat"], ["saring-v-OLD", "saring-caret"]);
    expect(registry.get("saring-v-FALSE")?.ranges).toEqual([
      ["Satu dua", 0, "Satu dua", 4],
      ["Tiga empat", 2, "Tiga empat", 6],
    ]);
    expect(registry.get("saring-overlap")?.priority).toBe(1);
    // A verdict layer the plan no longer has goes; other names (the caret) stay.
    expect(registry.has("saring-v-OLD")).toBe(false);
    expect(registry.has("saring-caret")).toBe(true);
    expect(attributes.get("data-painted")).toBe("2");
    expect(window.__saringPaintedAt).toBe(42);
  });
  it("cannot be closed early by the data it carries", () => {
    const source = earlyPaintScript([{ name: "</script><script>alert(1)</script>", priority: 0, ranges: [] }], 0);
    expect(source).not.toMatch(/<\/script/i);
    expect(source).not.toContain("<!--");
    expect(run(source, []).registry.has("</script><script>alert(1)</script>")).toBe(true);
  });
});
