// A download: the body with its type and an attachment name (export names are ASCII slugs;
// anything else is replaced so the header stays valid).
export function fileResponse(body: string | Uint8Array, contentType: string, fileName: string): Response {
  const safeName = fileName.replace(/[^\x20-\x7E]|["\\]/g, "_");
  return new Response(typeof body === "string" ? body : new Blob([body as Uint8Array<ArrayBuffer>]), {
    headers: { "Content-Type": contentType, "Content-Disposition": `attachment; filename="${safeName}"`, "Cache-Control": "no-store" },
  });
}
