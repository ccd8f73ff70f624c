// Checks a new password against the policy, as an AppError with a readable message.
import { checkPassword, passwordProblemMessage } from "../../../domain/auth/password-policy.ts";
import { AppError } from "../../errors.ts";

export function assertPasswordAcceptable(password: string, email?: string): void {
  const problem = checkPassword(password, email);
  if (problem) throw new AppError("validation_failed", passwordProblemMessage(problem), { details: { field: "password" } });
}
