import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { BACKUP_TABLES, BackupFileError, decodeBackup, encodeBackup, toRow, type Backup } from "./backup-file.ts";

function tables(): Backup["tables"] {
  const t = Object.fromEntries(BACKUP_TABLES.map((name) => [name, []])) as unknown as Backup["tables"];
  t.User = [toRow({ id: "u1", email: "a@x.test", passwordHash: "$argon2id$v=19$…", disabledAt: null, createdAt: new Date("2026-11-20T01:02:03.456Z") })];
  t.Annotation = [toRow({ id: "a1", anchorScore: 0.8125, quote: "Korut 🇰🇵 <b>\u202E", start: 3 })];
  return t;
}
const meta = { createdAt: "2026-11-23T00:00:00.000Z", engine: "sqlite", app: "saring test" };

describe("backup file", () => {
  it("round-trips rows exactly, dates as ISO strings, with counts and a checksum", () => {
    const b = decodeBackup(encodeBackup(tables(), meta));
    expect(b.tables).toEqual(tables());
    expect(b.tables.User[0]!.createdAt).toBe("2026-11-20T01:02:03.456Z");
    expect(b.counts.User).toBe(1);
    expect(b.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(b.source).toEqual({ engine: "sqlite", app: "saring test" });
  });

  it("refuses values a backup cannot carry", () => {
    expect(() => toRow({ blob: new Uint8Array(2) })).toThrow(/cannot carry/);
  });

  it("says what is wrong with a file that is not a good backup", () => {
    const good = encodeBackup(tables(), meta);
    const json = gunzipSync(good).toString("utf8");
    const withCount = JSON.parse(json) as Backup;
    withCount.counts.User = 5;
    const missing = JSON.parse(json) as Backup;
    delete (missing.tables as Partial<Backup["tables"]>).Claim;
    const extra = JSON.parse(json) as { tables: Record<string, unknown> };
    extra.tables.Secrets = [];
    const cases: Array<[Uint8Array, RegExp]> = [
      [good.slice(0, good.length - 20), /not a complete gzip file/],
      [new TextEncoder().encode("hello"), /not gzip-compressed JSON/],
      [gzipSync("[1,2,3]"), /no saring-backup header/],
      [gzipSync(json.replace('"version":1', '"version":2')), /format version 2/],
      [gzipSync(json.replace("Korut", "Korea")), /checksum/],
      [gzipSync(JSON.stringify(withCount)), /checksum|should have 5 rows/],
      [gzipSync(JSON.stringify(missing)), /table Claim is missing/],
      [gzipSync(JSON.stringify(extra)), /tables this Saring does not know \(Secrets\)/],
    ];
    for (const [bytes, message] of cases) {
      expect(() => decodeBackup(bytes)).toThrow(BackupFileError);
      expect(() => decodeBackup(bytes)).toThrow(message);
    }
    // Uncompressed JSON is accepted too (someone unpacked the file to look inside).
    expect(decodeBackup(new TextEncoder().encode(json)).tables).toEqual(tables());
  });
});
