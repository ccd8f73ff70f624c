// The command line, run as a user runs it (a child process), against a real database.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extraDatabase, useFreshDatabase, type TestDatabase } from "../support/test-database.ts";

let database: TestDatabase;

beforeAll(async () => {
  database = await useFreshDatabase();
});
afterAll(async () => database.cleanup());

function cli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    env: database.env as NodeJS.ProcessEnv,
    input,
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("cli", () => {
  it("adds a user with the password from stdin, and refuses a duplicate", () => {
    const added = cli(["user", "add", "--email", "Op@Saring.test", "--name", "Operator", "--role", "admin"], "operator-password-1\n");
    expect(added.stderr).toBe("");
    expect(added.code).toBe(0);
    expect(added.stdout).toContain("Created admin op@saring.test");
    const again = cli(["user", "add", "--email", "op@saring.test", "--name", "Operator", "--role", "ADMIN", "--password", "operator-password-2"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists");
  });

  it("explains usage errors and bad input", () => {
    const missing = cli(["user", "add", "--email", "a@saring.test", "--role", "VIEWER", "--password", "long-enough-pass"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Missing --name");
    const badRole = cli(["user", "add", "--email", "a@saring.test", "--name", "A", "--role", "ROOT", "--password", "long-enough-pass"]);
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toContain("Choose a role");
    const weak = cli(["user", "add", "--email", "a@saring.test", "--name", "A", "--role", "VIEWER", "--password", "short"]);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain("at least 10 characters");
    const unknown = cli(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown command");
  });

  it("creates a token that prints once, and disables a user", () => {
    cli(["user", "add", "--email", "tok@saring.test", "--name", "Tok", "--role", "REVIEWER", "--password", "token-owner-pass"]);
    const token = cli(["token", "create", "--email", "tok@saring.test", "--name", "ci"]);
    expect(token.code).toBe(0);
    expect(token.stdout.trim()).toMatch(/^srg_[A-Za-z0-9_-]{43}$/);
    const disabled = cli(["user", "disable", "--email", "tok@saring.test"]);
    expect(disabled.code).toBe(0);
    expect(cli(["user", "list"]).stdout).toMatch(/tok@saring\.test\tREVIEWER\tdisabled/);
    const nobody = cli(["user", "disable", "--email", "nobody@saring.test"]);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toContain("No user has the email");
  });

  it("imports files with the UI's rules: text in, binary and empty refused, duplicates kept once", () => {
    const dir = database.env.SARING_DATA_DIR!;
    const good = join(dir, "berita.txt");
    const binary = join(dir, "gambar.txt");
    const empty = join(dir, "kosong.md");
    writeFileSync(good, "Bisnis.com, JAKARTA - Harga beras naik pada Selasa (5/9/2023), kata pejabat.\n");
    writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0x01]));
    writeFileSync(empty, "  \n\t\n");
    const first = cli(["import", good]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^imported\t\S+\t.*berita\.txt\tHarga beras naik/m);
    const mixed = cli(["import", good, binary, empty]);
    expect(mixed.code).toBe(1);
    expect(mixed.stdout).toMatch(/^already present\t/m);
    expect(mixed.stderr).toMatch(/refused\t.*gambar\.txt\t.*not text/i);
    expect(mixed.stderr).toMatch(/refused\t.*kosong\.md\t/);
    expect(mixed.stderr).toContain("2 of 3 files were refused.");
  });

  it("exports CSV and W3C files, and explains a bad format or date", () => {
    const dir = database.env.SARING_DATA_DIR!;
    const out = join(dir, "claims.csv");
    const csv = cli(["export", "--format", "csv", "--out", out]);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toMatch(/^wrote .*claims\.csv: \d+ claims over \d+ documents/);
    expect(readFileSync(out, "utf8").startsWith('\uFEFF"claim_id","annotation_id"')).toBe(true);
    const w3c = cli(["export", "--format", "w3c", "--out", join(dir, "a.jsonld")]);
    expect(w3c.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "a.jsonld"), "utf8"))).toMatchObject({ type: "AnnotationCollection" });
    expect(cli(["export", "--format", "pdfx", "--out", out]).code).toBe(2);
    expect(cli(["export", "--format", "csv", "--out", out, "--from", "kemarin"]).stderr).toContain("Dates are");
    expect(cli(["export", "--format", "csv"]).stderr).toContain("Missing --out");
  });

  it("backs up the instance, restores it into an empty one, and refuses a non-empty one or a foreign file", async () => {
    const dir = database.env.SARING_DATA_DIR!;
    const file = join(dir, "backup.json.gz");
    const backup = cli(["backup", "--out", file]);
    expect(backup.stderr).toBe("");
    expect(backup.stdout).toMatch(/^wrote .*backup\.json\.gz: \d+ rows \(\d+ documents, \d+ claims, \d+ appearances, [1-9]\d* users\)/);

    const into = await extraDatabase("sqlite");
    const env = { ...database.env, DATABASE_URL: into.target.url };
    const run = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { env: env as unknown as NodeJS.ProcessEnv, encoding: "utf8" });
    try {
      const restored = run(["restore", file]);
      expect(restored.stderr).toBe("");
      expect(restored.stdout).toMatch(/^restored \d+ rows/);
      const lines = (stdout: string) => stdout.split("\n").filter(Boolean).sort();
      expect(lines(run(["user", "list"]).stdout)).toEqual(lines(cli(["user", "list"]).stdout));
      const again = run(["restore", file]);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain("is not empty");
      writeFileSync(join(dir, "notes.txt"), "just some notes");
      const foreign = run(["restore", join(dir, "notes.txt")]);
      expect(foreign.status).toBe(1);
      expect(foreign.stderr).toContain("not a Saring backup");
      expect(run(["restore"]).status).toBe(2);
    } finally {
      await into.drop();
    }
  });
});
