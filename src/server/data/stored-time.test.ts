import { describe, expect, it } from "vitest";
import { storedTime } from "./annotations-list-direct.ts";

describe("stored times", () => {
  const at = "2026-11-23T15:16:34.545Z";
  it("reads every form the databases hold as the same UTC instant", () => {
    expect(storedTime("2026-11-23T15:16:34.545+00:00")?.toISOString()).toBe(at); // Prisma on SQLite
    expect(storedTime("2026-11-23 15:16:34.545")?.toISOString()).toBe(at); // PostgreSQL timestamp(3)
    expect(storedTime("2026-11-23 15:16:34")?.toISOString()).toBe("2026-11-23T15:16:34.000Z"); // SQL's CURRENT_TIMESTAMP
    expect(storedTime("2026-11-23T22:16:34.545+07:00")?.toISOString()).toBe(at);
    expect(storedTime(Date.parse(at))?.toISOString()).toBe(at);
    expect(storedTime(null)).toBeNull();
  });
});
