// Data access for earlier texts of documents.
import type { Tx } from "../db/transaction.ts";

export async function insertRevision(tx: Tx, data: { documentId: string; version: number; text: string; textHash: string; replacedById: string; note: string }) {
  await tx.documentRevision.create({ data });
}
