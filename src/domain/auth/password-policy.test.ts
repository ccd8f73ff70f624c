import { describe, expect, it } from "vitest";
import { checkPassword, passwordProblemMessage } from "./password-policy.ts";

describe("password policy", () => {
  it("accepts a long passphrase", () => {
    expect(checkPassword("saring sebelum sharing")).toBeNull();
  });
  it("refuses short passwords, counting characters not UTF-16 units", () => {
    expect(checkPassword("abc123xyz")).toBe("too_short");
    expect(checkPassword("😀😀😀😀😀")).toBe("too_short"); // 10 UTF-16 units, 5 characters
  });
  it("refuses overly long passwords", () => {
    expect(checkPassword("ab".repeat(101))).toBe("too_long");
  });
  it("refuses the email address as password", () => {
    expect(checkPassword("Editor@Example.org", "editor@example.org")).toBe("same_as_email");
  });
  it("refuses repetitive passwords", () => {
    expect(checkPassword("aaaaaaaaaaaa")).toBe("too_simple");
  });
  it("explains every problem", () => {
    expect(passwordProblemMessage("too_short")).toMatch(/at least 10/);
  });
});
