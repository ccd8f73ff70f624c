// Reads a JSON request body with the size limit enforced while streaming, before parsing.
import { formatBytes } from "../../domain/format-bytes.ts";
import { AppError } from "../errors.ts";

export async function readLimitedBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      // The client went away mid-body (closed the connection): nothing to answer, nothing done.
      throw new AppError("bad_request", "The request body was cut off before it ended.");
    }
    const { done, value } = chunk;
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", `The request body is larger than the limit of ${formatBytes(maxBytes)}.`);
}

/** A text body (size limit first), refused unless it is valid UTF-8. */
export async function readUtf8Body(request: Request, maxBytes: number, code: "invalid_json" | "validation_failed" = "validation_failed"): Promise<string> {
  const bytes = await readLimitedBytes(request, maxBytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError(code, "The request body is not valid UTF-8.");
  }
}

export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type.trim())) {
    throw new AppError("unsupported_media_type", "Send the request body as JSON (Content-Type: application/json).");
  }
  const text = await readUtf8Body(request, maxBytes, "invalid_json");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("invalid_json", "The request body is not valid JSON.");
  }
  // A NUL character (\u0000 in JSON) has no place in text, and PostgreSQL cannot store it.
  if (/(?<!\\)(?:\\\\)*\\u0000/i.test(text)) {
    throw new AppError("validation_failed", "Text may not contain NUL characters (\\u0000).");
  }
  return value;
}
