// Every server action in one table: who may call it, and a valid form for the caller. The
// server-action matrix is generated from it, and a test fails when a `"use server"` file
// exports an action the table does not list. Actions are called as the browser calls them: a
// multipart POST to the page with the `Next-Action` header and React's encoding of the
// arguments `(previousState, formData)`; the action's id comes from the build's manifest.
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { expect, type APIRequestContext } from "@playwright/test";
import { createUser, type Role } from "./fixtures";

const ALL: Role[] = ["ADMIN", "EDITOR", "REVIEWER", "VIEWER"];
const WRITERS: Role[] = ["ADMIN", "EDITOR", "REVIEWER"];
const ADMINS: Role[] = ["ADMIN"];

/** One caller of the matrix: the session it sends with, and its password (for its own account). */
export interface Caller {
  send: APIRequestContext;
  password: string;
}

export type FormValue = string | { name: string; mimeType: string; buffer: Buffer };

export interface ActionSpec {
  file: string;
  name: string;
  /** The page whose form calls it: the POST goes there. */
  page: string;
  /** Roles allowed; others signed in get `forbidden`; no session gets `unauthenticated`. */
  allowed: Role[];
  /** What every caller gets, whoever it is (setup is closed once the first admin exists). */
  everyone?: { code: string };
  /** A valid form for this caller, made fresh per call (objects via the admin's API token). */
  form: (caller: Caller, api: APIRequestContext) => Promise<Record<string, FormValue>>;
}

const unique = () => randomBytes(5).toString("hex");

async function freshUserId(api: APIRequestContext): Promise<Record<string, FormValue>> {
  return { userId: (await createUser(api, "VIEWER", "action-target")).id };
}

/** A token of the caller's own, made through the account page's action and read off the page. */
async function ownTokenId(caller: Caller): Promise<string> {
  const made = await callAction(caller.send, action("createTokenAction"), { name: `to revoke ${unique()}` });
  if (made.status !== "ok") return "no-token-for-this-caller";
  const html = await (await caller.send.get("/account")).text();
  const ids = [...html.matchAll(/name="tokenId" value="([^"]+)"/g)].map((m) => m[1]!);
  expect(ids.length).toBeGreaterThan(0);
  return ids[0]!;
}

export const SERVER_ACTIONS: ActionSpec[] = [
  { file: "app/setup/actions.ts", name: "createFirstAdminAction", page: "/setup", allowed: [], everyone: { code: "forbidden" }, form: async () => ({ name: "Intruder", email: `intruder-${unique()}@saring.test`, password: "sebelum-sharing-2026" }) },
  { file: "app/account/actions.ts", name: "changePasswordAction", page: "/account", allowed: ALL, form: async (c) => ({ current: c.password, next: c.password }) },
  { file: "app/account/actions.ts", name: "changeLocaleAction", page: "/account", allowed: ALL, form: async () => ({ locale: "en" }) },
  { file: "app/account/actions.ts", name: "createTokenAction", page: "/account", allowed: ALL, form: async () => ({ name: `matrix ${unique()}` }) },
  { file: "app/account/actions.ts", name: "revokeTokenAction", page: "/account", allowed: ALL, form: async (c) => ({ tokenId: await ownTokenId(c) }) },
  { file: "app/admin/users/actions.ts", name: "createUserAction", page: "/admin/users", allowed: ADMINS, form: async () => ({ name: "Made by matrix", email: `made-${unique()}@saring.test`, role: "VIEWER", password: `kata-sandi-${unique()}` }) },
  { file: "app/admin/users/actions.ts", name: "changeRoleAction", page: "/admin/users", allowed: ADMINS, form: async (_c, api) => ({ ...(await freshUserId(api)), role: "EDITOR" }) },
  { file: "app/admin/users/actions.ts", name: "setDisabledAction", page: "/admin/users", allowed: ADMINS, form: async (_c, api) => ({ ...(await freshUserId(api)), disabled: "true" }) },
  { file: "app/documents/import/actions.ts", name: "importPastedAction", page: "/documents/import", allowed: WRITERS, form: async () => ({ title: `Matrix ${unique()}`, text: `Paragraf uji matriks ${unique()} tentang Korea Utara.` }) },
  {
    file: "app/documents/import/actions.ts",
    name: "importFilesAction",
    page: "/documents/import",
    allowed: WRITERS,
    form: async () => ({ files: { name: `matrix-${unique()}.txt`, mimeType: "text/plain", buffer: Buffer.from(`Berkas uji ${unique()} tentang Rusia.\n`) } }),
  },
];

/** The action's id in this build (`.next/server/server-reference-manifest.json`). */
export function action(name: string): { id: string; page: string } {
  const spec = SERVER_ACTIONS.find((a) => a.name === name);
  if (!spec) throw new Error(`No server action ${name} in the table`);
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.filename === spec.file && v.exportedName === name);
  if (!entry) throw new Error(`${spec.file} ${name} is not in the build's server-reference manifest`);
  return { id: entry[0], page: spec.page };
}

export interface ActionAnswer {
  httpStatus: number;
  status?: string;
  code?: string;
  message?: string;
  raw: string;
}

/** Calls a server action the way React's form does; returns the state it answered. */
export async function callAction(
  send: APIRequestContext,
  target: { id: string; page: string },
  form: Record<string, FormValue>,
  headers: Record<string, string> = {},
): Promise<ActionAnswer> {
  // The form's fields first, then the root row that refers to them ("$K1"): the server decodes
  // the stream in order and takes the fields it has seen when it reaches the root. (A FormData,
  // not an object: an object would list the key "0" first.)
  const multipart = new FormData();
  for (const [k, v] of Object.entries(form)) {
    if (typeof v === "string") multipart.append(`_1_${k}`, v);
    else multipart.append(`_1_${k}`, new Blob([new Uint8Array(v.buffer)], { type: v.mimeType }), v.name);
  }
  multipart.append("0", JSON.stringify([{ status: "idle" }, "$K1"]));
  const res = await send.post(target.page, { headers: { "Next-Action": target.id, Accept: "text/x-component", ...headers }, multipart });
  const raw = await res.text();
  // The answer is React's stream: one row per line, `1:{...}` holds the returned state.
  const row = raw.split("\n").find((line) => /^\d+:\{"status":/.test(line));
  const state = row ? (JSON.parse(row.slice(row.indexOf(":") + 1)) as { status?: string; code?: string; message?: string }) : {};
  return { httpStatus: res.status(), status: state.status, code: state.code, message: state.message, raw };
}

