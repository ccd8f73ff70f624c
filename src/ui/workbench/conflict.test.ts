import { describe, expect, it } from "vitest";
import { DEFAULT_VERDICTS } from "../../domain/claims/verdicts.ts";
import { fieldLabel, showValue } from "./change-display.ts";
import { theirChanges } from "./conflict.ts";
import type { Annotation } from "./types.ts";

const base: Annotation = {
  id: "a1",
  claimId: "c1",
  claimVersion: 1,
  reviewState: "DRAFT",
  start: 0,
  end: 5,
  quote: "Kirby",
  anchorStatus: "anchored",
  translation: "Kirby",
  translationOrigin: "typed",
  translatedBy: null,
  translationReviewedBy: null,
  verdict: "UNVERIFIED",
  claimant: "",
  rationale: "",
  evidence: [],
  version: 1,
  createdBy: { id: "u1", name: "Ani" },
  updatedBy: { id: "u1", name: "Ani" },
  updatedAt: "2026-11-23T00:00:00.000Z",
};

describe("what the other person changed", () => {
  it("lists only the fields that differ, verdicts by their names and sources by URL", () => {
    const theirs = { ...base, version: 2, verdict: "FALSE", evidence: [{ url: "https://example.org/x", title: "", quote: "", stance: "refutes", accessedAt: null }], updatedBy: { id: "u2", name: "Budi" } };
    expect(theirChanges(base, theirs, DEFAULT_VERDICTS)).toEqual([
      { field: "verdict", before: "Unverified · Belum diverifikasi", after: "False · Salah" },
      { field: "evidence", before: "—", after: "https://example.org/x" },
    ]);
  });

  it("finds nothing when only the version moved", () => {
    expect(theirChanges(base, { ...base, version: 3 }, DEFAULT_VERDICTS)).toEqual([]);
  });

  it("labels fields for people and shows empty values as a dash", () => {
    const t = (key: string) => `<${key}>`;
    expect(fieldLabel(t, "translation")).toBe("<workbench.translation>");
    expect(fieldLabel(t, "somethingNew")).toBe("somethingNew");
    expect(showValue("claimant", "", DEFAULT_VERDICTS)).toBe("—");
    expect(showValue("start", 12, DEFAULT_VERDICTS)).toBe("12");
  });
});
