// Engine errors in the shapes the Prisma CLI reads: JSON-RPC errors for the RPC mode, and a
// throwaway line plus JSON log lines on stderr for the `cli` subcommands.

/** Prisma's error code for an error thrown by the wasm engine or a driver. */
export function errorCode(err) {
  if (typeof err?.code === "string" && /^P\d{4}$/.test(err.code)) return err.code;
  const message = String(err?.message ?? err);
  if (/Can't reach database server/i.test(message)) return "P1001";
  if (/does not exist/i.test(message) && /database/i.test(message)) return "P1003";
  if (/Authentication failed/i.test(message)) return "P1000";
  return undefined;
}

/** The driver's own error behind the engine's "External error id#N", if still registered. */
function externalError(message, registry) {
  const id = /External error id#(\d+)/.exec(message)?.[1];
  const record = id === undefined ? undefined : registry?.consumeError(Number(id));
  if (!record) return undefined;
  const e = record.error;
  return e?.cause?.message ?? e?.message ?? (typeof e === "object" ? JSON.stringify(e) : String(e));
}

export function rpcError(id, err, panicMessage, registry) {
  const external = externalError(String(err?.message ?? err), registry);
  const message = external ? `${String(err?.message ?? err)}: ${external}` : String(err?.message ?? err);
  const isPanic = Boolean(panicMessage) || err instanceof WebAssembly.RuntimeError;
  return {
    jsonrpc: "2.0",
    id,
    error: {
      code: 4466,
      message: "An error happened. Check the data field for details.",
      data: {
        is_panic: isPanic,
        message: isPanic ? (panicMessage ?? message) : message,
        error_code: isPanic ? undefined : errorCode(err),
        meta: err?.meta ?? {},
      },
    },
  };
}

/** What the CLI's `cli` subcommands print on failure before exiting with 1. */
export function writeCliFailure(code, message) {
  process.stderr.write("schema-engine stand-in: command failed\n");
  process.stderr.write(
    `${JSON.stringify({ level: "ERROR", target: "schema_engine::logger", fields: { message, error_code: code } })}\n`,
  );
}
