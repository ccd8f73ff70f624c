// The review steps: submit (draft → in review), approve (in review → approved, by an editor
// who did not set the verdict), reject (in review → draft, with a reason). Refusals say why.
import { approveProblem, rejectProblem, submitProblem } from "../../../domain/claims/review.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { bumpClaimVersion, insertClaimEvent } from "../../data/claims.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { ClaimView } from "./claim-view.ts";
import { ClaimVersionConflict, loadClaimView } from "./update-claim.ts";

export type ReviewStep = "submit" | "approve" | "reject";

export async function reviewClaim(actor: CurrentUser, id: string, step: ReviewStep, reason = ""): Promise<ClaimView> {
  return db().$transaction(async (tx) => {
    const claim = await loadClaimView(tx, id);
    const subject = { reviewState: claim.reviewState, verdict: claim.verdict, verdictSetById: claim.verdictSetBy?.id ?? null };
    const who = { id: actor.id, role: actor.role };
    const problem = step === "submit" ? submitProblem(subject, who) : step === "approve" ? approveProblem(subject, who) : rejectProblem(subject, who, reason);
    // A rule forbids it: 403 with the reason (a missing reason for a rejection is bad input).
    if (problem) throw new AppError(step === "reject" && reason.trim().length < 3 && problem.includes("reason") ? "validation_failed" : "forbidden", problem);
    const data =
      step === "submit"
        ? { reviewState: "IN_REVIEW" }
        : step === "approve"
          ? { reviewState: "APPROVED", approvedById: actor.id, approvedAt: new Date() }
          : { reviewState: "DRAFT", approvedById: null, approvedAt: null };
    if (!(await bumpClaimVersion(tx, id, claim.version, data))) throw new ClaimVersionConflict(await loadClaimView(tx, id));
    await insertClaimEvent(tx, { claimId: id, actorId: actor.id, action: step, reason: reason.trim(), details: { reviewState: { before: claim.reviewState, after: data.reviewState } } });
    return loadClaimView(tx, id);
  });
}
