// The workbench talks to Saring's REST API (the same one integrations use), with the session
// cookie. Every answer is either the value or an error with the server's message.
import type { Annotation, ClaimFields, HistoryEntry } from "./types";

export type ApiResult<T> =
  | { ok: true; value: T }
  | { ok: false; status: number; code: string; message: string; current?: Annotation };

async function call<T>(method: string, url: string, body?: unknown): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, code: "network", message: "The server could not be reached. Nothing was saved; your text is kept here." };
  }
  if (res.status === 204) return { ok: true, value: undefined as T };
  const json = (await res.json().catch(() => null)) as unknown;
  if (res.ok) return { ok: true, value: json as T };
  const error = (json as { error?: { code?: string; message?: string; details?: { current?: Annotation } } } | null)?.error;
  return {
    ok: false,
    status: res.status,
    code: error?.code ?? "error",
    message: error?.message ?? `The server answered ${res.status}. Nothing was saved.`,
    current: error?.details?.current,
  };
}

export const api = {
  create: (documentId: string, body: { start: number; end: number } & Partial<ClaimFields>) =>
    call<Annotation>("POST", `/api/v1/documents/${encodeURIComponent(documentId)}/annotations`, body),
  update: (id: string, body: { version: number; start?: number; end?: number } & Partial<ClaimFields>) =>
    call<Annotation>("PATCH", `/api/v1/annotations/${encodeURIComponent(id)}`, body),
  remove: (id: string, version: number) => call<void>("DELETE", `/api/v1/annotations/${encodeURIComponent(id)}?version=${version}`),
  history: (id: string) => call<HistoryEntry[]>("GET", `/api/v1/annotations/${encodeURIComponent(id)}/history`),
  correctText: (documentId: string, body: { version: number; text: string; note?: string }) =>
    call<{ reanchor: { unchanged: number; moved: number; orphaned: number } }>("PATCH", `/api/v1/documents/${encodeURIComponent(documentId)}`, body),
};
