// The two engines' schemas and migrations cannot drift apart: both schemas are generated from
// prisma/models.prisma, and each engine's migrations produce exactly its schema (checked by
// the real Prisma CLI with `migrate diff --exit-code`, through the offline engine stand-in).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ENGINES, renderSchema } from "../../prisma/render-schema.ts";
import { prismaCli } from "../../src/server/setup/migrate.ts";
import { isPostgres } from "../support/test-database.ts";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const models = read("prisma/models.prisma");

function modelsSection(schema: string): string {
  return schema.slice(schema.indexOf("datasource db {")).replace(/^datasource db \{[^}]*\}/, "");
}

function migrationsMatchSchema(engine: "sqlite" | "postgresql", databaseUrl: string) {
  return prismaCli(
    ["migrate", "diff", "--from-migrations", `prisma/${engine}/migrations`, "--to-schema", `prisma/${engine}/schema.prisma`, "--exit-code"],
    { ...process.env, DATABASE_URL: databaseUrl },
  );
}

describe("schema drift", () => {
  it.each(ENGINES)("prisma/%s/schema.prisma is what models.prisma generates", (engine) => {
    expect(read(`prisma/${engine}/schema.prisma`)).toBe(renderSchema(engine, models));
  });

  it("both engines have the same models", () => {
    expect(modelsSection(read("prisma/sqlite/schema.prisma"))).toBe(modelsSection(read("prisma/postgresql/schema.prisma")));
  });

  it("the SQLite migrations produce the SQLite schema", () => {
    const result = migrationsMatchSchema("sqlite", `file:${process.cwd()}/.tmp/drift-check.db`);
    expect(result.output).not.toMatch(/\[[+*-]\]/);
    expect(result.status).toBe(0);
  });

  if (isPostgres()) {
    it("the PostgreSQL migrations produce the PostgreSQL schema (shadow database on the test server)", () => {
      const result = migrationsMatchSchema("postgresql", process.env.SARING_TEST_BASE_URL || process.env.DATABASE_URL!);
      expect(result.output).not.toMatch(/\[[+*-]\]/);
      expect(result.status).toBe(0);
    });
  } else {
    it("the PostgreSQL migrations are checked when DATABASE_URL names a PostgreSQL server (CI does)", () => {
      expect(read("prisma/postgresql/migrations/migration_lock.toml")).toContain('provider = "postgresql"');
    });
  }
});
