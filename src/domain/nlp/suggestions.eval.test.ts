// Claim suggestions measured on the labelled same-claim set from the seed articles, with a floor
// under precision and recall so matching cannot silently get worse.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SAME_CLAIMS } from "../../../tests/fixtures/same-claims.ts";
import { normalizeText } from "../text/normalize.ts";
import { DEFAULT_EQUIVALENCES } from "./equivalences.ts";
import { evaluateSuggestions, type LabelledGroup } from "./evaluate.ts";
import { SUGGESTION_THRESHOLD } from "./match-index.ts";
const dir = new URL("../../../seeds/", import.meta.url);
const files = [...new Set(SAME_CLAIMS.flatMap((c) => c.appearances.map((a) => a.file)))];
const docs = files.map((f) => ({ id: f, text: normalizeText(readFileSync(new URL(f, dir), "utf8")) }));
const textOf = (f: string) => docs.find((d) => d.id === f)!.text;

const groups: LabelledGroup[] = SAME_CLAIMS.map((c) => ({
  appearances: c.appearances.map((a) => {
    const quote = a.quote.normalize("NFC");
    const start = textOf(a.file).indexOf(quote);
    return { doc: a.file, start, end: start + quote.length, text: quote };
  }),
}));

describe("claim suggestions on the seed articles", () => {
  it("the labelled set is real: every quote is in its article, and there are at least a dozen shared claims", () => {
    for (const g of groups) for (const a of g.appearances) expect(a.start, a.text).toBeGreaterThanOrEqual(0);
    expect(groups.length).toBeGreaterThanOrEqual(12);
  });

  it("finds the same claim in other articles with precision and recall above the floor", () => {
    const result = evaluateSuggestions(docs, groups, SUGGESTION_THRESHOLD);
    console.log(`suggestions: precision ${result.precision.toFixed(3)} (${result.right}/${result.suggested}), recall ${result.recall.toFixed(3)} (${result.found}/${result.labelledPairs})`);
    expect(result.precision).toBeGreaterThanOrEqual(0.85);
    expect(result.recall).toBeGreaterThanOrEqual(0.85);
  });

  it("does well on stems alone too: the paraphrase entries were written from these articles", () => {
    // Only the names (AS, Korut, Putin, ...), none of the phrase equivalences.
    const names = DEFAULT_EQUIVALENCES.filter((e) => /^\p{Lu}/u.test(e.canonical));
    const result = evaluateSuggestions(docs, groups, SUGGESTION_THRESHOLD, names);
    console.log(`suggestions, names only: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}`);
    expect(result.precision).toBeGreaterThanOrEqual(0.8);
    expect(result.recall).toBeGreaterThanOrEqual(0.75);
  });
});
