// Changing a claim's fields, the one place the verdict rules are applied (whether the change
// comes through the claim or through one of its appearances): who set the verdict is recorded
// (four eyes), and changing an approved verdict reopens the claim with a correction entry.
import { diffFields } from "../../../domain/claims/changes.ts";
import { verdictChange } from "../../../domain/claims/review.ts";
import type { EvidenceInput } from "../../data/annotations.ts";
import { bumpClaimVersion, insertClaimEvent, replaceEvidence, type ClaimData } from "../../data/claims.ts";
import type { Tx } from "../../db/transaction.ts";
import { AppError } from "../../errors.ts";
import { assertVerdict } from "./verdict-labels.ts";

export interface ClaimState {
  id: string;
  verdict: string;
  summary: string;
  claimant: string;
  claimDate: string | null;
  rationale: string;
  reviewState: string;
  verdictSetById: string | null;
  version: number;
  evidence: EvidenceInput[];
}

export interface ClaimChanges {
  verdict?: string;
  summary?: string;
  claimant?: string;
  claimDate?: string | null;
  rationale?: string;
  evidence?: EvidenceInput[];
  /** Why an approved verdict changes (the corrections log). */
  reason?: string;
}

/**
 * Applies `changes` to `claim` inside `tx`. With `expectedVersion`, a claim saved by someone else
 * since is refused (false is returned; the caller answers 409). Returns the field changes.
 */
export async function changeClaim(
  tx: Tx,
  claim: ClaimState,
  changes: ClaimChanges,
  actorId: string,
  expectedVersion?: number,
): Promise<{ saved: boolean; changed: Record<string, { before: unknown; after: unknown }>; reopened: boolean }> {
  const { reason, ...fields } = changes;
  const changed = diffFields(
    { verdict: claim.verdict, summary: claim.summary, claimant: claim.claimant, claimDate: claim.claimDate, rationale: claim.rationale, evidence: claim.evidence },
    fields,
  );
  // Nothing of the claim changes: nothing to overwrite, whatever version the client saw.
  if (Object.keys(changed).length === 0) return { saved: true, changed, reopened: false };
  if (changed.verdict) await assertVerdict(tx, String(changed.verdict.after));
  const rule = changed.verdict ? verdictChange(claim, String(changed.verdict.after), reason) : { problem: null, reopens: false };
  if (rule.problem) throw new AppError("validation_failed", rule.problem, { details: { field: "reason" } });

  const data: ClaimData = {};
  for (const key of ["verdict", "summary", "claimant", "claimDate", "rationale"] as const) {
    if (changed[key]) (data as Record<string, unknown>)[key] = changed[key].after;
  }
  if (changed.verdict) {
    data.verdictSetById = actorId;
    data.verdictSetAt = new Date();
  }
  if (rule.reopens) Object.assign(data, { reviewState: "IN_REVIEW", approvedById: null, approvedAt: null });
  const saved = await bumpClaimVersion(tx, claim.id, expectedVersion, data);
  if (!saved) return { saved, changed, reopened: false };
  if (changed.evidence) await replaceEvidence(tx, claim.id, fields.evidence ?? []);
  if (rule.reopens) {
    await insertClaimEvent(tx, { claimId: claim.id, actorId, action: "correction", reason: reason ?? "", details: { verdict: changed.verdict } });
  }
  return { saved, changed, reopened: rule.reopens };
}

/** The claim's current fields, for changeClaim. */
export async function loadClaimState(tx: Tx, id: string): Promise<ClaimState> {
  const row = await tx.claim.findUniqueOrThrow({ where: { id }, include: { evidence: { orderBy: { position: "asc" } } } });
  return {
    ...row,
    evidence: row.evidence.map((e) => ({ url: e.url, title: e.title, quote: e.quote, stance: e.stance, accessedAt: e.accessedAt })),
  };
}
