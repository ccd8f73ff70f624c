// A small local HTTP server that speaks LibreTranslate's API (POST /translate), for tests of
// the optional machine translation. It translates by a short phrase list (enough to read), and
// misbehaves on request: text containing "[lambat]" is answered after `slowMs`, "[gagal]" gets
// a 500, a wrong api_key a 403 — as the real service does. It records every request it got.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

const PHRASES: Array<[RegExp, string]> = [
  [/\bKorea Utara\b/giu, "North Korea"],
  [/\bKorut\b/giu, "North Korea"],
  [/\bAmerika Serikat\b/giu, "the United States"],
  [/\bGedung Putih\b/giu, "the White House"],
  [/\bRusia\b/giu, "Russia"],
  [/\bsenjata\b/giu, "weapons"],
  [/\bakan\b/giu, "will"],
  [/\bmembayar\b/giu, "pay"],
  [/\bharga\b/giu, "a price"],
  [/\bkata\b/giu, "said"],
  [/\bdan\b/giu, "and"],
];

export interface FakeTranslator {
  url: string;
  /** The bodies of every /translate request, in order. */
  requests: Array<Record<string, unknown>>;
  close(): Promise<void>;
}

export function fakeTranslation(text: string): string {
  return PHRASES.reduce((out, [pattern, english]) => out.replace(pattern, english), text);
}

export async function startFakeTranslator(options: { port?: number; key?: string; slowMs?: number } = {}): Promise<FakeTranslator> {
  const requests: Array<Record<string, unknown>> = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const answer = (status: number, body: unknown) => {
        if (res.destroyed) return;
        res.writeHead(status, { "Content-Type": "application/json" });
        res.end(JSON.stringify(body));
      };
      if (req.method !== "POST" || req.url !== "/translate") return answer(404, { error: "Not Found" });
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
      } catch {
        return answer(400, { error: "Invalid request: JSON" });
      }
      requests.push(body);
      const q = typeof body.q === "string" ? body.q : "";
      if (options.key && body.api_key !== options.key) return answer(403, { error: "Invalid API key" });
      if (!q || body.source !== "id" || body.target !== "en") return answer(400, { error: "Invalid request: missing q, source or target" });
      if (q.includes("[gagal]")) return answer(500, { error: "Translation engine crashed" });
      const reply = () => answer(200, { translatedText: fakeTranslation(q.replace(/\[lambat\]\s*/g, "")) });
      if (q.includes("[lambat]")) setTimeout(reply, options.slowMs ?? 5_000);
      else reply();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
