// The glossary on a real database: started once with the seed articles' terms, changed by
// editors and admins only, one entry per term, found in text with affixed forms, imported from
// CSV without overwriting what is there.
import { describe, expect, it } from "vitest";
import { useServices } from "./support/use-services.ts";

const s = useServices();

describe("glossary", () => {
  it("starts with the seed terms once, and editors keep it", async () => {
    const editor = await s.makeUser("EDITOR");
    const reviewer = await s.makeUser("REVIEWER");
    const first = await s.seedGlossary();
    expect(first).toBeGreaterThan(20);
    expect(await s.seedGlossary()).toBe(0);
    const terms = await s.listGlossary(reviewer);
    expect(terms).toHaveLength(first);
    expect(terms.find((t) => t.source === "Gedung Putih")).toMatchObject({ target: "White House", createdBy: null });

    const added = await s.addGlossaryTerm(editor, { source: "  Menteri   Luar Negeri ", target: "Foreign Minister", note: "Kabinet" });
    expect(added).toMatchObject({ source: "Menteri Luar Negeri", target: "Foreign Minister", createdBy: { id: editor.id } });
    await expect(s.addGlossaryTerm(editor, { source: "menteri luar negeri", target: "Minister" })).rejects.toMatchObject({ code: "conflict" });
    await expect(s.addGlossaryTerm(reviewer, { source: "Presiden", target: "President" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(s.removeGlossaryTerm(reviewer, added.id)).rejects.toMatchObject({ code: "forbidden" });

    const matches = await s.glossaryMatches(reviewer, "Kepemimpinan Korut ditemui Menteri Luar Negeri di Gedung Putih.");
    expect(matches.map((m) => [m.source, m.matched, m.exact])).toEqual([
      ["pemimpin", "Kepemimpinan", false],
      ["Korut", "Korut", true],
      ["Menteri Luar Negeri", "Menteri Luar Negeri", true],
      ["Gedung Putih", "Gedung Putih", true],
    ]);

    await s.removeGlossaryTerm(editor, added.id);
    await expect(s.removeGlossaryTerm(editor, added.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("imports CSV: new terms added, existing ones kept, bad rows reported, a foreign file refused", async () => {
    const editor = await s.makeUser("EDITOR");
    const before = (await s.listGlossary(editor)).length;
    const result = await s.importGlossaryCsv(editor, "\uFEFFsource,target,note\r\nGedung Putih,Casa Blanca,should not win\r\nDuta Besar,Ambassador,\r\n,missing,\r\nDuta Besar,Envoy,duplicate in the file\r\n");
    expect(result).toEqual({ added: 1, skipped: 2, problems: ["Row 4: source and target are both needed."] });
    const terms = await s.listGlossary(editor);
    expect(terms).toHaveLength(before + 1);
    expect(terms.find((t) => t.source === "Gedung Putih")?.target).toBe("White House");
    expect(terms.find((t) => t.source === "Duta Besar")).toMatchObject({ target: "Ambassador", createdBy: { id: editor.id } });
    await expect(s.importGlossaryCsv(editor, "a,b\n1,2")).rejects.toMatchObject({ code: "validation_failed" });
    expect(await s.listGlossary(editor)).toHaveLength(before + 1);
  });
});
