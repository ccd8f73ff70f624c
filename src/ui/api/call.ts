// Calls to Saring's REST API from the browser (with the session cookie). Every answer is the
// value or an error with the server's message; a 409 carries the current state.
import { isLocale, translator } from "@/i18n/translate";

export type ApiResult<T, C = unknown> =
  | { ok: true; value: T }
  | { ok: false; status: number; code: string; message: string; current?: C };

export async function call<T, C = never>(method: string, url: string, body?: unknown): Promise<ApiResult<T, C>> {
  const lang = document.documentElement.lang || "en";
  const t = translator(isLocale(lang) ? lang : "en");
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      // Messages in the interface's language (the page's <html lang>).
      headers: { "Accept-Language": lang, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, code: "network", message: t("errors.network") };
  }
  if (res.status === 204) return { ok: true, value: undefined as T };
  const json = (await res.json().catch(() => null)) as unknown;
  if (res.ok) return { ok: true, value: json as T };
  const error = (json as { error?: { code?: string; message?: string; details?: { current?: C } } } | null)?.error;
  return {
    ok: false,
    status: res.status,
    code: error?.code ?? "error",
    message: error?.message ?? t("errors.status", { status: res.status }),
    current: error?.details?.current,
  };
}

