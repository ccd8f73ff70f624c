import { describe, expect, it } from "vitest";
import { quoteSelector, spanProblem } from "./span.ts";

const text = "Kata 🇮🇩 “Sullivan”:\tKorea\u00a0Utara café.";

describe("spans", () => {
  it("accepts a span within the text", () => {
    expect(spanProblem(text, 0, 4)).toBeNull();
  });
  it.each([
    [0.5, 3, /whole numbers/],
    ["1", 3, /whole numbers/],
    [-1, 3, /within the text/],
    [0, 999, /within the text/],
    [4, 4, /less than end/],
    [5, 4, /less than end/],
    [4, 5, /only whitespace/],
  ])("refuses start %j end %j", (start, end, message) => {
    expect(spanProblem(text, start, end)).toMatch(message);
  });
  it("quotes by code points with up to 32 characters of context", () => {
    const chars = [...text];
    const start = chars.indexOf("K", 5);
    const sel = quoteSelector(text, start, start + 11);
    expect(sel.quote).toBe("Korea\u00a0Utara");
    expect(sel.prefix).toBe("Kata 🇮🇩 “Sullivan”:\t");
    expect(sel.suffix).toBe(" café.");
    const long = "a".repeat(50) + "XYZ" + "b".repeat(50);
    const s2 = quoteSelector(long, 50, 53);
    expect(s2.prefix).toBe("a".repeat(32));
    expect(s2.suffix).toBe("b".repeat(32));
  });
});
