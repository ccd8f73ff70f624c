// Changing a claim (verdict, summary, claimant, date, rationale, evidence) with its version:
// a stale version is refused with the current claim; the verdict rules are change-claim's.
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { findClaim, insertClaimEvent } from "../../data/claims.ts";
import { db } from "../../db/client.ts";
import type { Tx } from "../../db/transaction.ts";
import { AppError, notFound } from "../../errors.ts";
import { changeClaim, loadClaimState } from "./change-claim.ts";
import type { UpdateClaimInput } from "./claim-input.ts";
import { claimView, type ClaimView } from "./claim-view.ts";

export class ClaimVersionConflict extends AppError {
  constructor(readonly current: ClaimView) {
    super("conflict", `Someone else changed this claim first (now version ${current.version}). Your changes were not saved; compare and save again.`, {
      details: { current },
    });
  }
}

export async function loadClaimView(tx: Tx, id: string): Promise<ClaimView> {
  const row = await findClaim(id, tx);
  if (!row) throw notFound("The claim");
  return claimView(row);
}

export async function updateClaim(actor: CurrentUser, id: string, input: UpdateClaimInput): Promise<ClaimView> {
  authorize(actor, "annotation.write");
  return db().$transaction(async (tx) => {
    const current = await loadClaimView(tx, id);
    if (current.version !== input.version) throw new ClaimVersionConflict(current);
    const { version, ...changes } = input;
    const result = await changeClaim(tx, await loadClaimState(tx, id), changes, actor.id, version);
    if (!result.saved) throw new ClaimVersionConflict(await loadClaimView(tx, id));
    if (Object.keys(result.changed).length) await insertClaimEvent(tx, { claimId: id, actorId: actor.id, action: "update", details: result.changed });
    return loadClaimView(tx, id);
  });
}
