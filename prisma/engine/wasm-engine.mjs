// Loads Prisma's own schema engine, compiled to WebAssembly (@prisma/schema-engine-wasm,
// byte-identical to the one inside the prisma package), and creates an engine instance.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

let gluePromise;

async function loadGlue() {
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = await import(pathToFileURL(gluePath).href);
  const wasmBytes = await readFile(new URL("schema_engine_bg.wasm", pathToFileURL(gluePath)));
  const { instance } = await WebAssembly.instantiate(wasmBytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue;
}

/** The last panic message the engine reported (it reports panics through this global). */
export const panics = { last: null };
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message) {
    panics.last = message;
  },
};

export async function engineVersion() {
  gluePromise ??= loadGlue();
  return (await gluePromise).version();
}

/**
 * @param {Array<[string, string]>} datamodels [path, content] of each schema file
 * @param {object} adapterFactory a migration-aware driver adapter factory, already bound
 * @param {(line: string) => void} onLog receives the engine's JSON log lines
 */
export async function createEngine(datamodels, adapterFactory, onLog) {
  gluePromise ??= loadGlue();
  const glue = await gluePromise;
  // No schema files (e.g. `migrate diff`): undefined, as the engine panics on an empty list.
  return glue.SchemaEngine.new({ datamodels: datamodels.length ? datamodels : undefined }, onLog, adapterFactory);
}
