import { describe, expect, it } from "vitest";
import { allFields, diffFields } from "./changes.ts";

describe("changes", () => {
  it("lists only the fields that changed", () => {
    const before = { verdict: "UNVERIFIED", translation: "a", evidence: [{ url: "https://x" }] };
    expect(diffFields(before, { verdict: "FALSE", translation: "a" })).toEqual({ verdict: { before: "UNVERIFIED", after: "FALSE" } });
    expect(diffFields(before, { evidence: [{ url: "https://y" }] })).toEqual({ evidence: { before: [{ url: "https://x" }], after: [{ url: "https://y" }] } });
    expect(diffFields(before, {})).toEqual({});
  });
  it("describes creation and deletion as changes from and to nothing", () => {
    expect(allFields({ verdict: "TRUE" }, "created")).toEqual({ verdict: { before: null, after: "TRUE" } });
    expect(allFields({ verdict: "TRUE" }, "deleted")).toEqual({ verdict: { before: "TRUE", after: null } });
  });
});
