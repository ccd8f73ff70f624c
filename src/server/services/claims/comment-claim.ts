// The discussion on a claim: anyone who may annotate may comment.
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { findClaim, insertComment } from "../../data/claims.ts";
import { notFound } from "../../errors.ts";
import type { CommentView } from "./read-claims.ts";

export async function addComment(actor: CurrentUser, claimId: string, body: string): Promise<CommentView> {
  authorize(actor, "claim.comment");
  if (!(await findClaim(claimId))) throw notFound("The claim");
  const c = await insertComment(claimId, actor.id, body);
  return { id: c.id, body: c.body, author: c.author, createdAt: c.createdAt.toISOString() };
}
