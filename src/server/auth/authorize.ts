// Authorization checks used inside every entry point and service.
import { can, type Action } from "../../domain/auth/roles.ts";
import { AppError } from "../errors.ts";
import type { CurrentUser } from "./session-user.ts";

const WHAT: Record<Action, string> = {
  "document.read": "read documents",
  "document.import": "import documents",
  "document.export": "export reports",
  "document.correct": "correct a document's text",
  "annotation.write": "annotate documents",
  "claim.approve": "approve verdicts",
  "claim.comment": "comment on claims",
  "settings.manage": "change the verdict labels and settings",
  "user.manage": "manage users",
  "account.manage": "manage your account",
  "instance.backup": "download a backup of the whole instance",
  "glossary.manage": "change the glossary",
};

export function authorize(user: CurrentUser, action: Action): void {
  if (!can(user.role, action)) throw new AppError("forbidden", `Your role (${user.role.toLowerCase()}) does not allow you to ${WHAT[action]}.`);
}
