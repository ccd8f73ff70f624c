// The review workflow of a claim, as rules. Pure: services ask these and act on the answer.
//   DRAFT → (submit) → IN_REVIEW → (approve, by an editor who did not set the verdict) → APPROVED
//   IN_REVIEW → (reject, with a reason) → DRAFT
//   APPROVED → (verdict changed, with a reason: a correction) → IN_REVIEW
import type { Role } from "../auth/roles.ts";

export const REVIEW_STATES = ["DRAFT", "IN_REVIEW", "APPROVED"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export interface ReviewSubject {
  reviewState: string;
  verdict: string;
  verdictSetById: string | null;
}

export interface Actor {
  id: string;
  role: Role;
}

const APPROVERS: readonly Role[] = ["EDITOR", "ADMIN"];
const WRITERS: readonly Role[] = ["REVIEWER", "EDITOR", "ADMIN"];

/** Why `actor` may not submit the claim for review, or null. */
export function submitProblem(claim: ReviewSubject, actor: Actor): string | null {
  if (!WRITERS.includes(actor.role)) return "Your role cannot send claims for review.";
  if (claim.reviewState !== "DRAFT") return `Only a draft can be sent for review; this claim is ${stateName(claim.reviewState)}.`;
  return null;
}

/** Why `actor` may not approve the claim, or null (four eyes: not who set the verdict). */
export function approveProblem(claim: ReviewSubject, actor: Actor): string | null {
  if (!APPROVERS.includes(actor.role)) return "Only editors and admins approve verdicts.";
  if (claim.reviewState !== "IN_REVIEW") return `Only a claim in review can be approved; this claim is ${stateName(claim.reviewState)}.`;
  if (claim.verdict === "UNVERIFIED" || claim.verdict === "IN_PROGRESS") return "Set a verdict before approving: this claim has none yet.";
  if (claim.verdictSetById === actor.id) return "You set this verdict, so another editor must approve it (four eyes).";
  return null;
}

/** Why `actor` may not send the claim back, or null. */
export function rejectProblem(claim: ReviewSubject, actor: Actor, reason: string): string | null {
  if (!APPROVERS.includes(actor.role)) return "Only editors and admins send claims back.";
  if (claim.reviewState !== "IN_REVIEW") return `Only a claim in review can be sent back; this claim is ${stateName(claim.reviewState)}.`;
  if (reason.trim().length < 3) return "Say why the claim goes back (a reason is required).";
  return null;
}

/**
 * What changing the verdict does to the review state: an approved verdict reopens (and needs a
 * reason, written to the corrections log); otherwise the state stays.
 */
export function verdictChange(claim: ReviewSubject, newVerdict: string, reason: string | undefined): { problem: string | null; reopens: boolean } {
  if (newVerdict === claim.verdict) return { problem: null, reopens: false };
  if (claim.reviewState !== "APPROVED") return { problem: null, reopens: false };
  if (!reason || reason.trim().length < 3) return { problem: "This verdict is approved and published: give a reason for the correction.", reopens: true };
  return { problem: null, reopens: true };
}

export function stateName(state: string): string {
  return state === "IN_REVIEW" ? "in review" : state === "APPROVED" ? "approved" : state === "DRAFT" ? "a draft" : state;
}
