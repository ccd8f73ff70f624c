// A new annotation is written without Prisma's query engine: on SQLite by one synchronous
// transaction on Prisma's own connection (by Prisma while a Prisma transaction is open there),
// on PostgreSQL by one statement on Prisma's pool. Each must store the same rows as the other
// way, answer exactly what is stored, and refuse the same input without writing anything. The API token lookup, asked on every API request, is read the same
// way on SQLite: it must find exactly what Prisma finds.
import { describe, expect, it } from "vitest";
import { isPostgres } from "../support/test-database.ts";
import { useServices } from "./support/use-services.ts";

const s = useServices();
const TEXT = '"Korea Utara akan membayar harga," kata Sullivan di Gedung Putih. Rusia membantah.';

const fields = {
  translation: "North Korea will pay a price",
  translationOrigin: "memory" as const,
  verdict: "FALSE",
  claimant: "Sullivan",
  rationale: "Checked against the transcript.",
  evidence: [
    { url: "https://example.org/a", title: "Transcript", quote: "pay a price", stance: "supports" as const, accessedAt: "2023-09-06" },
    { url: "https://example.org/b", title: "", quote: "", stance: "context" as const, accessedAt: null },
  ],
};

function comparable(view: Awaited<ReturnType<typeof s.createAnnotation>>) {
  const { id: _id, claimId: _claimId, documentId: _documentId, createdAt: _c, updatedAt: _u, ...rest } = view;
  return rest;
}

describe("new annotations: the direct write (SQLite) and Prisma's write", () => {
  it("store the same rows, and answer exactly what is stored", async () => {
    const reviewer = await s.makeUser("REVIEWER");
    const { document } = await s.importDocument(reviewer, { text: `${TEXT}\n${Math.random()}`, source: "api" });
    const conn = s.directSqlite();
    expect(conn === null).toBe(isPostgres());
    expect(s.directPostgres() !== null).toBe(isPostgres());
    expect(conn?.inTransaction ?? false).toBe(false);

    const direct = await s.createAnnotation(reviewer, document.id, { start: 1, end: 31, ...fields });
    // A Prisma transaction is open on the connection: the write waits its turn and goes through Prisma.
    let viaPrisma: Promise<Awaited<ReturnType<typeof s.createAnnotation>>> | undefined;
    await s.db().$transaction(async (tx) => {
      await tx.document.findUnique({ where: { id: document.id }, select: { id: true } });
      if (conn) expect(conn.inTransaction).toBe(true);
      viaPrisma = s.createAnnotation(reviewer, document.id, { start: 1, end: 31, ...fields });
      await new Promise((r) => setTimeout(r, 20));
    });
    const prisma = await viaPrisma!;

    expect(comparable(direct)).toEqual(comparable(prisma));
    for (const made of [direct, prisma]) {
      const stored = s.annotationView((await s.findAnnotation(made.id))!);
      expect(stored).toEqual(made);
    }
    const history = await s.annotationHistory(reviewer, direct.id);
    expect(history.map((h) => h.action)).toEqual(["create"]);
    expect(history[0]!.changes).toEqual((await s.annotationHistory(reviewer, prisma.id))[0]!.changes);
  });

  it("refuses a bad span, an unknown verdict or a missing document and writes nothing", async () => {
    const reviewer = await s.makeUser("REVIEWER");
    const { document } = await s.importDocument(reviewer, { text: `${TEXT}\n${Math.random()}`, source: "api" });
    const count = async () => ({ annotations: await s.db().annotation.count(), claims: await s.db().claim.count(), evidence: await s.db().evidence.count(), events: await s.db().annotationEvent.count() });
    const before = await count();
    await expect(s.createAnnotation(reviewer, document.id, { start: 5, end: 2, ...fields })).rejects.toMatchObject({ code: "validation_failed" });
    await expect(s.createAnnotation(reviewer, document.id, { start: 1, end: 31, ...fields, verdict: "PANTS_ON_FIRE" })).rejects.toMatchObject({ code: "validation_failed", message: expect.stringContaining("verdict is one of UNVERIFIED") });
    await expect(s.createAnnotation(reviewer, "no-such-document", { start: 1, end: 31, ...fields })).rejects.toMatchObject({ code: "not_found" });
    expect(await count()).toEqual(before);
    expect(s.directSqlite()?.inTransaction ?? false).toBe(false);
  });
});

describe("the direct write reads a text again only when it changed", () => {
  it("anchors a span on the corrected text after a correction, and on the remembered one before", async () => {
    const reviewer = await s.makeUser("REVIEWER");
    const editor = await s.makeUser("EDITOR");
    const { document } = await s.importDocument(reviewer, { text: `Rusia membantah laporan itu.\nKim bertemu Putin.\n${Math.random()}`, source: "api" });
    const first = await s.createAnnotation(reviewer, document.id, { start: 0, end: 5, translation: "Russia" });
    expect(first.quote).toBe("Rusia");
    // The same span again: its text now comes from memory, and must be the same words.
    expect((await s.createAnnotation(reviewer, document.id, { start: 6, end: 15, translation: "denied" })).quote).toBe("membantah");

    const current = (await s.findDocument(document.id))!;
    const corrected = current.text.replace("Rusia membantah", "Kremlin menolak keras");
    await s.correctDocument(editor, document.id, { version: current.version, text: corrected, note: "test" });
    // Offsets 0–7 and 22–25 only make sense in the corrected text.
    const after = await s.createAnnotation(reviewer, document.id, { start: 0, end: 7, translation: "Kremlin" });
    expect(after.quote).toBe("Kremlin");
    expect(after.textHash).toBe((await s.findDocument(document.id))!.textHash);
    expect(after.textHash).not.toBe(first.textHash);
    const end = [...corrected].length;
    expect((await s.createAnnotation(reviewer, document.id, { start: end - 5, end, translation: "tail" })).quote).toBe([...corrected].slice(-5).join(""));
    // A span past the end of the corrected text is refused (not checked against the old, longer one).
    await expect(s.createAnnotation(reviewer, document.id, { start: end, end: end + 3, translation: "x" })).rejects.toMatchObject({ code: "validation_failed" });
  });
});

describe("the API token lookup", () => {
  it("finds the token and its owner as Prisma does, revoked or disabled too", async () => {
    const editor = await s.makeUser("EDITOR");
    const { token } = await s.createApiToken(editor, "lookup");
    const hash = s.hashApiToken(token);
    const viaPrisma = () =>
      s.db().apiToken.findUnique({
        where: { tokenHash: hash },
        select: { id: true, revokedAt: true, lastUsedAt: true, userId: true, user: { select: { id: true, email: true, name: true, role: true, locale: true, disabledAt: true, createdAt: true } } },
      });
    expect(await s.findApiTokenByHash(hash)).toEqual(await viaPrisma());
    expect((await s.findApiTokenByHash(hash))?.user).toMatchObject({ id: editor.id, role: "EDITOR", disabledAt: null });
    const [listed] = await s.listMyTokens(editor);
    await s.revokeMyToken(editor, listed!.id);
    const admin = await s.makeUser("ADMIN");
    await s.setUserDisabled(admin, editor.id, true);
    const found = await s.findApiTokenByHash(hash);
    expect(found).toEqual(await viaPrisma());
    expect(found?.revokedAt).toBeInstanceOf(Date);
    expect(found?.user.disabledAt).toBeInstanceOf(Date);
    expect(await s.findApiTokenByHash(s.hashApiToken("srg_nothing"))).toBeNull();
  });
});
