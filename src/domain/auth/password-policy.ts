// Password rules, shared by setup, admin user creation, the CLI and password changes.
// Length is what matters (NIST SP 800-63B): at least 10 characters, at most 200.

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export type PasswordProblem = "too_short" | "too_long" | "same_as_email" | "too_simple";

export function checkPassword(password: string, email?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return "too_short";
  if (length > PASSWORD_MAX) return "too_long";
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) return "same_as_email";
  if (new Set(password).size < 4) return "too_simple";
  return null;
}

export function passwordProblemMessage(problem: PasswordProblem): string {
  switch (problem) {
    case "too_short":
      return `The password must have at least ${PASSWORD_MIN} characters.`;
    case "too_long":
      return `The password must have at most ${PASSWORD_MAX} characters.`;
    case "same_as_email":
      return "The password must not be your email address.";
    case "too_simple":
      return "The password is too simple: use more different characters.";
  }
}
