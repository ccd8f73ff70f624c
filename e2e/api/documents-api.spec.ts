// The documents API over HTTP against the real server: shapes, offsets in code points,
// duplicates, refused input with the documented error shape, and authorization.
import { adminToken, createUser, expect, test } from "../support/fixtures";

type ErrorBody = { error: { code: string; message: string } };

function expectError(body: unknown, code: string) {
  const e = (body as ErrorBody).error;
  expect(e.code).toBe(code);
  expect(typeof e.message).toBe("string");
  expect(e.message.length).toBeGreaterThan(10);
}

test("without credentials every endpoint answers 401 in the error shape", async ({ request }) => {
  for (const [method, path] of [["GET", "/api/v1/documents"], ["POST", "/api/v1/documents"], ["GET", "/api/v1/documents/x"], ["GET", "/api/v1/users"], ["GET", "/api/v1/me"]] as const) {
    const res = await request.fetch(path, { method, data: method === "POST" ? { text: "x" } : undefined });
    expect(res.status(), `${method} ${path}`).toBe(401);
    expectError(await res.json(), "unauthenticated");
  }
  const bogus = await request.get("/api/v1/documents", { headers: { Authorization: "Bearer srg_not-a-real-token" } });
  expect(bogus.status()).toBe(401);
});

test("GET /api/v1/documents lists the seeds with the documented fields", async ({ request }) => {
  const res = await request.get("/api/v1/documents", { headers: { Authorization: `Bearer ${adminToken()}` } });
  expect(res.status()).toBe(200);
  const docs = (await res.json()) as Array<Record<string, unknown>>;
  const seeds = docs.filter((d) => d.importSource === "seed");
  expect(seeds).toHaveLength(5);
  for (const d of seeds) {
    for (const key of ["id", "title", "outlet", "publishedAt", "language", "length", "claimCount"]) expect(d).toHaveProperty(key);
    expect(d.language).toBe("id");
    expect(d.claimCount).toBe(0);
  }
  expect(seeds.map((d) => d.outlet)).toEqual([null, "Bisnis.com", null, "Tempo", "detik"]);
  expect(seeds.map((d) => d.publishedAt)).toEqual([null, "2023-09-06", null, null, "2023-09-08"]);
});

test("POST creates a document, normalised, with code-point offsets; the same text again is not duplicated", async ({ request }) => {
  const auth = { Authorization: `Bearer ${adminToken()}` };
  const stamp = Date.now();
  // NFD "é", CRLF line endings, an emoji (2 UTF-16 units, 1 code point), and a debris line.
  const text = `Menteri Jose\u0301 berkata 🇮🇩 ${stamp} bahwa harga beras naik.\r\nBACA JUGA:\r\nHarga cabai juga naik.`;
  const res = await request.post("/api/v1/documents", { headers: auth, data: { text, outlet: "Kompas.com", publishedAt: "2023-09-12", sourceUrl: "https://example.org/a" } });
  expect(res.status()).toBe(201);
  const doc = (await res.json()) as { id: string; text: string; length: number; nonContent: Array<{ start: number; end: number }>; textHash: string; title: string; outlet: string; publishedAt: string; duplicate: boolean };
  expect(doc.duplicate).toBe(false);
  expect(doc.text).toBe(text.normalize("NFC").replace(/\r\n/g, "\n"));
  expect(doc.length).toBe([...doc.text].length);
  expect(doc.outlet).toBe("Kompas.com");
  expect(doc.publishedAt).toBe("2023-09-12");
  expect(doc.textHash).toMatch(/^[0-9a-f]{64}$/);
  // The debris line's offsets count code points: slicing the code-point array gives the line.
  expect(doc.nonContent).toHaveLength(1);
  const range = doc.nonContent[0]!;
  expect([...doc.text].slice(range.start, range.end).join("")).toBe("BACA JUGA:");

  const got = await request.get(`/api/v1/documents/${doc.id}`, { headers: auth });
  expect(got.status()).toBe(200);
  expect(((await got.json()) as { text: string }).text).toBe(doc.text);

  // The same text (even in its un-normalised form) again: 200 with the existing document.
  const again = await request.post("/api/v1/documents", { headers: auth, data: { text } });
  expect(again.status()).toBe(200);
  const second = (await again.json()) as { id: string; duplicate: boolean };
  expect(second).toMatchObject({ id: doc.id, duplicate: true });
});

test("refused input answers with the right status and stores nothing", async ({ request }) => {
  const auth = { Authorization: `Bearer ${adminToken()}` };
  // Every refused text carries a marker; other tests import documents at the same time, so what
  // is checked is that no document with the marker exists, not the total count.
  const marker = `tolak${Date.now().toString(36)}`;
  const count = async () => ((await (await request.get("/api/v1/documents", { headers: auth })).json()) as Array<{ title: string }>).filter((d) => d.title.includes(marker)).length;
  const cases: Array<{ name: string; body?: unknown; raw?: string; type?: string; status: number; code: string }> = [
    { name: "empty text", body: { text: "" }, status: 422, code: "validation_failed" },
    { name: "whitespace only", body: { text: " \n\t\u00a0\u3000 " }, status: 422, code: "validation_failed" },
    { name: "missing text", body: { title: "x" }, status: 422, code: "validation_failed" },
    { name: "text not a string", body: { text: 42 }, status: 422, code: "validation_failed" },
    { name: "NUL in JSON text", body: { text: `${marker} abc\u0000def` }, status: 422, code: "validation_failed" },
    { name: "lone surrogate", raw: `{"text":"${marker} abc \\ud800 def"}`, status: 422, code: "validation_failed" },
    { name: "bad date", body: { text: `Teks berita ${marker} yang cukup panjang.`, publishedAt: "2023-02-31" }, status: 422, code: "validation_failed" },
    { name: "javascript: URL", body: { text: `Teks berita ${marker} yang cukup panjang.`, sourceUrl: "javascript:alert(1)" }, status: 422, code: "validation_failed" },
    { name: "unknown field", body: { text: `Teks berita ${marker} yang cukup panjang.`, owner: "me" }, status: 422, code: "validation_failed" },
    { name: "invalid JSON", raw: '{"text": "abc', status: 400, code: "invalid_json" },
    { name: "wrong content type", raw: "text=abc", type: "application/x-www-form-urlencoded", status: 415, code: "unsupported_media_type" },
  ];
  const before = await count();
  for (const c of cases) {
    const res = await request.post("/api/v1/documents", {
      headers: { ...auth, "Content-Type": c.type ?? "application/json" },
      data: Buffer.from(c.raw ?? JSON.stringify(c.body), "utf8"),
    });
    expect(res.status(), c.name).toBe(c.status);
    expectError(await res.json(), c.code);
  }
  // Over the size limit (2 MB by default): 413 before the body is parsed.
  const big = await request.post("/api/v1/documents", { headers: { ...auth, "Content-Type": "application/json" }, data: Buffer.from(JSON.stringify({ text: `${marker} ${"a".repeat(5 * 1024 * 1024)}` })) });
  expect(big.status()).toBe(413);
  expectError(await big.json(), "payload_too_large");
  expect(before).toBe(0);
  expect(await count()).toBe(0);
});

test("a viewer reads but cannot import; unknown ids and routes answer 404", async ({ request, playwright, baseURL }) => {
  const viewer = await createUser(request, "VIEWER");
  // Sign the viewer in over HTTP and use the session cookie, as the browser does.
  const ctx = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": "10.99.0.7" } });
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signIn = await ctx.post("/api/auth/callback/credentials", { form: { email: viewer.email, password: viewer.password, csrfToken, json: "true" } });
  expect(signIn.status()).toBe(200);
  expect((await (await ctx.get("/api/v1/me")).json()) as { role: string }).toMatchObject({ role: "VIEWER" });
  expect((await ctx.get("/api/v1/documents")).status()).toBe(200);
  const post = await ctx.post("/api/v1/documents", { data: { text: "Seorang penonton mencoba mengimpor." } });
  expect(post.status()).toBe(403);
  expectError(await post.json(), "forbidden");
  const missing = await ctx.get("/api/v1/documents/does-not-exist");
  expect(missing.status()).toBe(404);
  expectError(await missing.json(), "not_found");
  const unknown = await ctx.get("/api/v1/nothing-here");
  expect(unknown.status()).toBe(404);
  expectError(await unknown.json(), "not_found");
  expect((await ctx.get("/api/v1/users")).status()).toBe(403);
  await ctx.dispose();
});
