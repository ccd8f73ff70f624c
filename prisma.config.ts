// Prisma CLI configuration. The engine (SQLite or PostgreSQL) follows DATABASE_URL; each engine
// has its own generated schema and migrations folder under prisma/<engine>/.
import { defineConfig } from "prisma/config";
import { resolveDatabase } from "./src/server/db/database-url.ts";

// Prisma 7 downloads a native schema engine on first use, which cannot work offline. Our
// stand-in drives the bundled wasm engine; users with the native engine may override this.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= new URL("./prisma/engine/schema-engine.mjs", import.meta.url).pathname;

const db = resolveDatabase(process.env);

export default defineConfig({
  schema: `prisma/${db.engine}/schema.prisma`,
  migrations: { path: `prisma/${db.engine}/migrations` },
  datasource: { url: db.url },
});
