import { describe, expect, it } from "vitest";
import { en } from "./messages/en.ts";
import { format, lookup, translator } from "./translate.ts";

describe("translate", () => {
  it("finds nested messages", () => {
    expect(translator()("documents.title")).toBe("Documents");
  });
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(format("{a} and {b}", { a: 1 })).toBe("1 and {b}");
    expect(translator()("signIn.locked", { minutes: 15 })).toContain("15 minutes");
  });
  it("returns undefined for a missing key, and the key itself through the translator", () => {
    expect(lookup(en, "documents.nope")).toBeUndefined();
    expect(translator()("documents.nope" as never)).toBe("documents.nope");
  });
});
