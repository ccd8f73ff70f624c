// The usual start of an integration test file: a fresh, migrated database for the file, and the
// app's services, imported once that database exists (the app's client is made from DATABASE_URL
// on first use). Returns the services; they are usable inside tests and hooks.
import { afterAll, beforeAll } from "vitest";
import { useFreshDatabase, type TestDatabase } from "../../support/test-database.ts";

type Services = typeof import("./services.ts");

export function useServices(): Services {
  let database: TestDatabase | undefined;
  let loaded: Services | undefined;
  beforeAll(async () => {
    database = await useFreshDatabase();
    loaded = await import("./services.ts");
  });
  afterAll(async () => database?.cleanup());
  return new Proxy({} as Services, {
    get(_, key) {
      if (!loaded) throw new Error("The services are loaded in beforeAll: use them inside tests and hooks.");
      return loaded[key as keyof Services];
    },
  });
}
