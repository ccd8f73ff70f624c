// A client for a LibreTranslate-compatible HTTP API: POST {url}/translate with
// {q, source, target, format, api_key?} → {translatedText}. Failures become AppErrors with a
// message a reviewer can act on; the key is never put in a message.
import { AppError } from "../../errors.ts";

export interface ServiceConfig {
  url: string;
  key: string | null;
  timeoutMs: number;
}

function serviceMessage(body: unknown): string {
  const error = typeof body === "object" && body !== null ? (body as { error?: unknown }).error : undefined;
  return typeof error === "string" ? error.slice(0, 200) : "";
}

export async function translateWithService(service: ServiceConfig, text: string, from = "id", to = "en"): Promise<string> {
  let res: Response;
  try {
    res = await fetch(`${service.url}/translate`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ q: text, source: from, target: to, format: "text", ...(service.key ? { api_key: service.key } : {}) }),
      signal: AbortSignal.timeout(service.timeoutMs),
      redirect: "error",
    });
  } catch (err) {
    if (err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError")) {
      throw new AppError("gateway_timeout", `The translation service did not answer within ${Math.round(service.timeoutMs / 100) / 10} s.`);
    }
    throw new AppError("bad_gateway", "The translation service could not be reached.");
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (!res.ok) {
    const said = serviceMessage(body);
    throw new AppError("bad_gateway", `The translation service refused the request (HTTP ${res.status}${said ? `: ${said}` : ""}).`);
  }
  const translated = typeof body === "object" && body !== null ? (body as { translatedText?: unknown }).translatedText : undefined;
  if (typeof translated !== "string") throw new AppError("bad_gateway", "The translation service answered something other than a translation.");
  return translated.normalize("NFC").replace(/\u0000/g, "").slice(0, 10_000);
}
