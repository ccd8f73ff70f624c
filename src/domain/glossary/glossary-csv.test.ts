import { describe, expect, it } from "vitest";
import { glossaryCsv, parseCsv, readGlossaryCsv } from "./glossary-csv.ts";

describe("glossary CSV", () => {
  it("round-trips terms, hostile ones included", () => {
    const terms = [
      { source: "Gedung Putih", target: "White House", note: "" },
      { source: '=HYPERLINK("x")', target: 'says "hi", twice', note: "line\nbreak, 🇮🇩" },
    ];
    const csv = glossaryCsv(terms);
    expect(csv.startsWith('\uFEFF"source","target","note"\r\n')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(readGlossaryCsv(csv)).toEqual({ terms, problems: [] });
  });

  it("reads what spreadsheets write: bare fields, LF, column order from the header, blank lines", () => {
    const { terms, problems } = readGlossaryCsv("note,target,source\n,North Korea,Korut\n\nbad row,,\r\nx,UN,PBB");
    expect(terms).toEqual([
      { source: "Korut", target: "North Korea", note: "" },
      { source: "PBB", target: "UN", note: "x" },
    ]);
    expect(problems).toEqual(["Row 4: source and target are both needed."]);
  });

  it("refuses a file without the columns or with an unterminated quote", () => {
    expect(() => readGlossaryCsv("a,b\n1,2")).toThrow(/name the columns/);
    expect(() => parseCsv('source,target\n"Korut,North Korea')).toThrow(/never ends/);
  });
});
