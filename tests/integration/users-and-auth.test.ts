// Users, sign-in and tokens against a real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase, type TestDatabase } from "../support/test-database.ts";

let database: TestDatabase;
let s: typeof import("./support/services.ts");

beforeAll(async () => {
  process.env.SARING_SIGNIN_MAX_FAILURES = "3";
  database = await useFreshDatabase();
  s = await import("./support/services.ts");
});
afterAll(async () => database.cleanup());

const bearer = (token: string) => new Request("http://localhost/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });

describe("first admin", () => {
  it("is created once, even when two people race for it", async () => {
    expect(await s.isSetupOpen()).toBe(true);
    const attempts = await Promise.allSettled([
      s.createFirstAdmin({ email: "first@saring.test", name: "First", password: "pertama-sekali-123" }),
      s.createFirstAdmin({ email: "second@saring.test", name: "Second", password: "kedua-kalinya-456" }),
    ]);
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    const refused = attempts.find((a) => a.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "forbidden" });
    expect(await s.db().user.count()).toBe(1);
    expect(await s.isSetupOpen()).toBe(false);
    await expect(s.createFirstAdmin({ email: "third@saring.test", name: "Third", password: "ketiga-kalinya-789" })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("users", () => {
  it("stores an argon2id hash, never the password", async () => {
    const admin = await s.makeUser("ADMIN");
    const row = await s.db().user.findUnique({ where: { id: admin.id } });
    expect(row?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row?.passwordHash).not.toContain(s.TEST_PASSWORD);
  });

  it("only admins create users; emails are unique regardless of case", async () => {
    const admin = await s.makeUser("ADMIN");
    const editor = await s.makeUser("EDITOR");
    await expect(s.createUser(editor, { email: "x@saring.test", name: "X", role: "VIEWER", password: "long-enough-pass" })).rejects.toMatchObject({ code: "forbidden" });
    await s.createUser(admin, { email: "Dup@Saring.test", name: "Dup", role: "VIEWER", password: "long-enough-pass" });
    await expect(s.createUser(admin, { email: "dup@saring.TEST", name: "Dup", role: "VIEWER", password: "long-enough-pass" })).rejects.toMatchObject({ code: "conflict" });
  });

  it("never leaves the instance without an active admin", async () => {
    const admins = await s.db().user.findMany({ where: { role: "ADMIN", disabledAt: null } });
    const actor = (await s.db().user.findUnique({ where: { id: admins[0]!.id } }))!;
    // Demote or disable all other admins first, then the last one is protected.
    for (const other of admins.slice(1)) await s.setUserDisabled({ ...actor, role: "ADMIN" }, other.id, true);
    await expect(s.changeRole({ ...actor, role: "ADMIN" }, actor.id, "EDITOR")).rejects.toMatchObject({ code: "conflict" });
    await expect(s.setUserDisabled({ ...actor, role: "ADMIN" }, actor.id, true)).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("sign-in", () => {
  it("accepts the right password and refuses a wrong one", async () => {
    const user = await s.makeUser("VIEWER");
    expect(await s.verifySignIn({ email: user.email.toUpperCase(), password: s.TEST_PASSWORD, client: "1.1.1.1" })).toMatchObject({ ok: true });
    expect(await s.verifySignIn({ email: user.email, password: "wrong", client: "1.1.1.1" })).toEqual({ ok: false, reason: "invalid" });
    expect(await s.verifySignIn({ email: "nobody@saring.test", password: "wrong", client: "1.1.1.2" })).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks an account after repeated failures, even from several clients, until the lock passes", async () => {
    const user = await s.makeUser("VIEWER");
    expect(await s.verifySignIn({ email: user.email, password: "a", client: "2.0.0.1" })).toMatchObject({ reason: "invalid" });
    expect(await s.verifySignIn({ email: user.email, password: "b", client: "2.0.0.2" })).toMatchObject({ reason: "invalid" });
    const third = await s.verifySignIn({ email: user.email, password: "c", client: "2.0.0.3" });
    expect(third).toMatchObject({ ok: false, reason: "locked" });
    const right = await s.verifySignIn({ email: user.email, password: s.TEST_PASSWORD, client: "2.0.0.4" });
    expect(right).toMatchObject({ ok: false, reason: "locked" });
    // Let the lock expire by moving its time back.
    await s.db().loginThrottle.updateMany({ data: { lockedUntil: new Date(Date.now() - 1000), windowStart: new Date(Date.now() - 3_600_000) } });
    expect(await s.verifySignIn({ email: user.email, password: s.TEST_PASSWORD, client: "2.0.0.4" })).toMatchObject({ ok: true });
  });

  it("counts concurrent failures exactly", async () => {
    const now = new Date();
    const cutoff = new Date(now.getTime() - 60_000);
    const until = new Date(now.getTime() + 60_000);
    await Promise.all(Array.from({ length: 20 }, () => s.countFailure("client:9.9.9.9", now, cutoff, 15, until)));
    const row = await s.db().loginThrottle.findUnique({ where: { key: "client:9.9.9.9" } });
    expect(row?.failures).toBe(20);
    expect(row?.lockedUntil?.getTime()).toBe(until.getTime());
  });

  it("refuses disabled users with their own reason", async () => {
    const admin = await s.makeUser("ADMIN");
    const user = await s.makeUser("REVIEWER");
    await s.setUserDisabled(admin, user.id, true);
    expect(await s.verifySignIn({ email: user.email, password: s.TEST_PASSWORD, client: "3.0.0.1" })).toEqual({ ok: false, reason: "disabled" });
  });

  it("checks a new password against the policy and the current one", async () => {
    const user = await s.makeUser("VIEWER");
    await expect(s.changePassword(user, { current: "wrong", next: "perfectly-fine-pass" })).rejects.toMatchObject({ code: "validation_failed" });
    await expect(s.changePassword(user, { current: s.TEST_PASSWORD, next: "short" })).rejects.toMatchObject({ code: "validation_failed" });
    await s.changePassword(user, { current: s.TEST_PASSWORD, next: "perfectly-fine-pass" });
    expect(await s.verifySignIn({ email: user.email, password: "perfectly-fine-pass", client: "4.0.0.1" })).toMatchObject({ ok: true });
  });
});

describe("API tokens", () => {
  it("stores only a hash; authenticates until revoked or until the owner is disabled", async () => {
    const admin = await s.makeUser("ADMIN");
    const user = await s.makeUser("REVIEWER");
    const { token, record } = await s.createApiToken(user, "script");
    const row = await s.db().apiToken.findUnique({ where: { id: record.id } });
    expect(row?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(token);

    expect((await s.requestUser(bearer(token)))?.id).toBe(user.id);
    expect(await s.requestUser(bearer(token.slice(0, -1) + (token.endsWith("A") ? "B" : "A")))).toBeNull();

    await s.setUserDisabled(admin, user.id, true);
    expect(await s.requestUser(bearer(token))).toBeNull();
    await s.setUserDisabled(admin, user.id, false);
    expect((await s.requestUser(bearer(token)))?.id).toBe(user.id);

    await s.revokeMyToken(user, record.id);
    expect(await s.requestUser(bearer(token))).toBeNull();
    // Someone else's token cannot be revoked by id.
    const other = await s.createApiToken(admin, "admin's");
    await expect(s.revokeMyToken(user, other.record.id)).rejects.toMatchObject({ code: "not_found" });
  });
});
