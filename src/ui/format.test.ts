import { describe, expect, it } from "vitest";
import { formatNumber, formatPartialDate } from "./format.ts";

describe("format", () => {
  it("formats partial ISO dates at their precision", () => {
    expect(formatPartialDate("2023-09-06")).toBe("Sep 6, 2023");
    expect(formatPartialDate("2023-09")).toBe("September 2023");
    expect(formatPartialDate("2023")).toBe("2023");
    expect(formatPartialDate(null)).toBeNull();
  });
  it("groups thousands", () => {
    expect(formatNumber(12345)).toBe("12,345");
  });
});
