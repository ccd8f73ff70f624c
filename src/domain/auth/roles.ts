// Roles and what each may do. Pure: the single table every entry point asks.

export const ROLES = ["ADMIN", "EDITOR", "REVIEWER", "VIEWER"] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  "document.read",
  "document.import",
  "document.export",
  "document.correct",
  "annotation.write",
  "claim.approve",
  "claim.comment",
  "settings.manage",
  "user.manage",
  "account.manage",
  "instance.backup",
  "glossary.manage",
] as const;
export type Action = (typeof ACTIONS)[number];

const GRANTS: Record<Role, readonly Action[]> = {
  ADMIN: ACTIONS,
  EDITOR: ["document.read", "document.import", "document.export", "document.correct", "annotation.write", "claim.approve", "claim.comment", "account.manage", "glossary.manage"],
  REVIEWER: ["document.read", "document.import", "document.export", "annotation.write", "claim.comment", "account.manage"],
  VIEWER: ["document.read", "document.export", "account.manage"],
};

export function can(role: Role, action: Action): boolean {
  return GRANTS[role].includes(action);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
