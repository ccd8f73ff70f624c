// Data access for the audit trail: who did what to which object.
import { db } from "../db/client.ts";
import type { Tx } from "../db/transaction.ts";

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  details?: Record<string, unknown>;
}

export async function recordAudit(entry: AuditEntry, tx: Tx = db()): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      details: JSON.stringify(entry.details ?? {}),
    },
  });
}

export async function listAuditFor(entityType: string, entityId: string) {
  return db().auditEvent.findMany({
    where: { entityType, entityId },
    orderBy: { at: "asc" },
    select: { id: true, at: true, actorId: true, action: true, details: true },
  });
}
