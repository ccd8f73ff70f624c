// Data access for documents.
import { db } from "../db/client.ts";
import type { Tx } from "../db/transaction.ts";

export type ImportSource = "seed" | "paste" | "upload" | "api" | "cli";

export interface DocumentSummary {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  language: string;
  length: number;
  sourceUrl: string | null;
  textHash: string;
  importSource: string;
  importFileName: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface DocumentRecord extends DocumentSummary {
  text: string;
}

const summaryFields = {
  id: true,
  title: true,
  outlet: true,
  publishedAt: true,
  language: true,
  length: true,
  sourceUrl: true,
  textHash: true,
  importSource: true,
  importFileName: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

export async function listDocuments(): Promise<DocumentSummary[]> {
  return db().document.findMany({ select: summaryFields, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

export async function findDocument(id: string): Promise<DocumentRecord | null> {
  return db().document.findUnique({ where: { id }, select: { ...summaryFields, text: true } });
}

/** A document's text and its hash (for anchoring a span); only the hash with `hashOnly`. */
export async function findDocumentText(id: string, tx: Tx = db(), opts: { hashOnly?: boolean } = {}): Promise<{ text: string; textHash: string } | null> {
  if (opts.hashOnly) {
    const row = await tx.document.findUnique({ where: { id }, select: { textHash: true } });
    return row && { text: "", textHash: row.textHash };
  }
  return tx.document.findUnique({ where: { id }, select: { text: true, textHash: true } });
}

export async function findDocumentByHash(textHash: string, tx: Tx = db()): Promise<DocumentSummary | null> {
  return tx.document.findUnique({ where: { textHash }, select: summaryFields });
}

export interface NewDocument {
  title: string;
  text: string;
  textHash: string;
  length: number;
  language: string;
  outlet: string | null;
  publishedAt: string | null;
  sourceUrl: string | null;
  importSource: ImportSource;
  importFileName: string | null;
  importedById: string | null;
}

export async function insertDocument(data: NewDocument, tx: Tx = db()): Promise<DocumentSummary> {
  return tx.document.create({ data, select: summaryFields });
}
