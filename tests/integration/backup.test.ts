// Backup and restore on real databases: a round trip SQLite → PostgreSQL → SQLite leaves the
// same data, row for row (on a machine without PostgreSQL the middle leg is SQLite too, and says
// so); every table of the data model is in the backup; restoring into a non-empty instance, a
// damaged file, a foreign file or rows that break the schema is refused and changes nothing.
import { readFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKUP_TABLES, decodeBackup, type Backup } from "../../src/domain/backup/backup-file.ts";
import { extraDatabase, postgresServerForTests, useFreshDatabase, type TestDatabase } from "../support/test-database.ts";

let database: TestDatabase;
let s: typeof import("./support/services.ts");
const drops: Array<() => Promise<void>> = [];

beforeAll(async () => {
  database = await useFreshDatabase();
  s = await import("./support/services.ts");
});
afterAll(async () => {
  for (const drop of drops) await drop();
  await database.cleanup();
});

function span(text: string, quote: string) {
  const at = text.indexOf(quote);
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...quote].length };
}

async function instance(engine: "sqlite" | "postgresql") {
  const extra = await extraDatabase(engine);
  const db = s.createDb(extra.target);
  drops.push(async () => {
    await db.$disconnect();
    await extra.drop();
  });
  return { db, engine };
}

/** A workspace with something in every table, hostile and non-ASCII text included. */
async function populate() {
  const admin = await s.makeUser("ADMIN");
  const ani = await s.makeUser("EDITOR");
  const budi = await s.makeUser("EDITOR");
  const rina = await s.makeUser("REVIEWER");
  await s.createApiToken(rina, "laptop 🔑");
  const now = new Date();
  await s.countFailure(`account:${rina.email}`, now, new Date(now.getTime() - 60_000), 5, new Date(now.getTime() + 60_000));
  const t1 = "JAKARTA - AS memperingatkan Korut akan “menanggung konsekuensi” 🇰🇵.\nBACA JUGA: <script>alert(1)</script>\n=SUM(A1) kata pejabat.";
  const t2 = "Sullivan: Korut akan membayar harga.\u202Eabc";
  const d1 = (await s.importDocument(rina, { text: t1, source: "api", outlet: "Tempo", publishedAt: "2023-09-06", sourceUrl: "https://tempo.example/a" })).document;
  const d2 = (await s.importDocument(rina, { text: t2, source: "api", outlet: "detik" })).document;
  const a = await s.createAnnotation(ani, d1.id, {
    ...span(t1, "Korut akan “menanggung konsekuensi”"),
    verdict: "TRUE",
    translation: "North Korea will “bear the consequences” <b>",
    claimant: "Jake Sullivan",
    rationale: "Said at the White House briefing.",
    evidence: [{ url: "https://whitehouse.example/briefing", title: "Briefing", quote: "pay a price", stance: "supports", accessedAt: "2023-09-06" }],
  });
  await s.createAnnotation(rina, d2.id, { ...span(t2, "Korut akan membayar harga"), claimId: a.claimId, translation: "North Korea will pay a price" });
  const other = await s.createAnnotation(rina, d1.id, { ...span(t1, "=SUM(A1) kata pejabat"), translation: "=SUM(A1) an official said" });
  await s.updateAnnotation(rina, other.id, { version: other.version, translation: "An official said so" });
  await s.reviewClaim(rina, a.claimId, "submit");
  const approved = await s.reviewClaim(budi, a.claimId, "approve");
  await s.updateClaim(rina, a.claimId, { version: approved.version, verdict: "MOSTLY_TRUE", reason: "Conditional warning." });
  await s.addComment(budi, a.claimId, "Periksa lagi 👀 <i>");
  await s.addEquivalence(ani, { canonical: "Gedung Putih", terms: ["White House", "Istana Putih"] });
  await s.addGlossaryTerm(ani, { source: "Gedung Putih", target: "White House", note: "Istana <b>" });
  const labels = await s.verdictLabels(admin);
  await s.updateVerdictLabels(admin, labels.map((l) => (l.key === "FALSE" ? { ...l, id: "Keliru" } : l)));
  const doc = await s.findDocument(d2.id);
  await s.correctDocument(ani, d2.id, { version: doc!.version, text: t2.replace("Sullivan:", "Jake Sullivan:"), note: "Nama lengkap" });
  await s.setUserDisabled(admin, budi.id, true);
  await s.claimMarker("demo.seeded", "2026-11-20T00:00:00.000Z");
  return admin;
}

const tablesOf = (bytes: Uint8Array): Backup["tables"] => decodeBackup(bytes).tables;

describe("backup and restore", () => {
  let first: Uint8Array;
  let admin: Awaited<ReturnType<typeof populate>>;

  it("has every table of the data model", () => {
    const models = [...readFileSync("prisma/models.prisma", "utf8").matchAll(/^model (\w+) \{/gm)].map((m) => m[1]);
    expect([...BACKUP_TABLES].sort()).toEqual(models.sort());
  });

  it("round-trips SQLite → PostgreSQL → SQLite with identical data", async () => {
    admin = await populate();
    first = (await s.createBackup(admin)).bytes;
    const original = tablesOf(first);
    for (const t of BACKUP_TABLES) expect(original[t].length, t).toBeGreaterThan(0);

    const middle = postgresServerForTests() ? "postgresql" : "sqlite";
    if (middle === "sqlite") console.warn("[backup test] no PostgreSQL server (SARING_TEST_POSTGRES_URL): the middle leg runs on SQLite");
    const a = await instance("sqlite");
    await s.restoreBackup(first, a);
    const fromA = (await s.createBackup(null, a)).bytes;
    const b = await instance(middle);
    await s.restoreBackup(fromA, b);
    const fromB = (await s.createBackup(null, b)).bytes;
    const c = await instance("sqlite");
    await s.restoreBackup(fromB, c);
    const fromC = (await s.createBackup(null, c)).bytes;

    expect(tablesOf(fromA)).toEqual(original);
    expect(tablesOf(fromB)).toEqual(original);
    expect(tablesOf(fromC)).toEqual(original);
    expect(decodeBackup(fromC).checksum).toBe(decodeBackup(first).checksum);
    expect(decodeBackup(fromB).source.engine).toBe(middle);

    // The restored instance works: its people, claims and history are there to read.
    const users = await c.db.user.findMany({ orderBy: { email: "asc" } });
    expect(users.map((u) => u.passwordHash)).toEqual((original.User as Array<{ email: string; passwordHash: string }>).slice().sort((x, y) => (x.email < y.email ? -1 : 1)).map((u) => u.passwordHash));
    const claim = await c.db.claim.findFirst({ where: { verdict: "MOSTLY_TRUE" }, include: { annotations: true, evidence: true, events: true, comments: true } });
    expect(claim?.annotations).toHaveLength(2);
    expect(claim?.evidence[0]?.quote).toBe("pay a price");
    expect(claim?.comments[0]?.body).toBe("Periksa lagi 👀 <i>");
    expect(claim?.events.map((e) => e.action)).toContain("correction");
  });

  it("refuses a non-empty instance, a damaged or foreign file, and rows that break the schema — changing nothing", async () => {
    const before = await s.instanceCounts(admin);
    await expect(s.restoreBackup(first)).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("not empty") });
    expect(await s.instanceCounts(admin)).toEqual(before);

    const empty = await instance("sqlite");
    const emptyCounts = async () => Object.fromEntries(await Promise.all(BACKUP_TABLES.map(async (t) => [t, await (empty.db as unknown as Record<string, { count(): Promise<number> }>)[t[0]!.toLowerCase() + t.slice(1)]!.count()])));
    const zero = await emptyCounts();

    const json = gunzipSync(first).toString("utf8");
    const flipped = new Uint8Array(first);
    flipped[Math.floor(flipped.length / 2)]! ^= 0xff;
    const tampered = json.replace("Periksa lagi", "Periksa LAGI");
    const cases: Array<[string, Uint8Array, RegExp]> = [
      ["a flipped byte", flipped, /damaged/],
      ["cut short", first.slice(0, Math.floor(first.length * 0.7)), /damaged/],
      ["an edited row", gzipSync(tampered), /checksum/],
      ["a PDF", new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj"), /not a Saring backup/],
      ["other JSON", gzipSync(JSON.stringify({ users: [] })), /not a Saring backup/],
      ["a newer format", gzipSync(json.replace('"version":1', '"version":99')), /format version 99/],
    ];
    for (const [name, bytes, message] of cases) {
      await expect(s.restoreBackup(bytes, empty), name).rejects.toMatchObject({ code: "validation_failed", message: expect.stringMatching(message) });
      expect(await emptyCounts(), name).toEqual(zero);
    }

    // A consistent file whose rows break a foreign key: refused by the database, all rolled back.
    const broken = JSON.parse(json) as Backup;
    (broken.tables.Annotation[0] as Record<string, unknown>).claimId = "no-such-claim";
    const { createHash } = await import("node:crypto");
    broken.checksum = createHash("sha256").update(JSON.stringify(broken.tables)).digest("hex");
    await expect(s.restoreBackup(gzipSync(JSON.stringify(broken)), empty)).rejects.toMatchObject({ code: "validation_failed", message: expect.stringContaining("Nothing was restored") });
    expect(await emptyCounts()).toEqual(zero);
  });
});
