// Data access for users. Emails are stored lower-cased and trimmed.
import type { Role } from "../../domain/auth/roles.ts";
import { db } from "../db/client.ts";
import type { Tx } from "../db/transaction.ts";

export interface UserRecord {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string;
  disabledAt: Date | null;
  createdAt: Date;
}

export const publicUserFields = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  disabledAt: true,
  createdAt: true,
} as const;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function countUsers(tx: Tx = db()): Promise<number> {
  return tx.user.count();
}

export async function findUserById(id: string): Promise<UserRecord | null> {
  return db().user.findUnique({ where: { id }, select: publicUserFields });
}

export async function findUserByEmail(email: string): Promise<UserRecord | null> {
  return db().user.findUnique({ where: { email: normalizeEmail(email) }, select: publicUserFields });
}

/** The user with the password hash, for sign-in only. */
export async function findUserCredentials(email: string) {
  return db().user.findUnique({
    where: { email: normalizeEmail(email) },
    select: { ...publicUserFields, passwordHash: true },
  });
}

export async function listUsers(): Promise<UserRecord[]> {
  return db().user.findMany({ select: publicUserFields, orderBy: [{ createdAt: "asc" }] });
}

export async function insertUser(
  data: { email: string; name: string; role: Role; passwordHash: string },
  tx: Tx = db(),
): Promise<UserRecord> {
  return tx.user.create({
    data: { ...data, email: normalizeEmail(data.email), name: data.name.trim() },
    select: publicUserFields,
  });
}

export async function updateUser(
  id: string,
  data: { role?: Role; disabledAt?: Date | null; passwordHash?: string; name?: string; locale?: string },
  tx: Tx = db(),
): Promise<UserRecord> {
  return tx.user.update({ where: { id }, data, select: publicUserFields });
}

export async function countActiveAdmins(tx: Tx = db()): Promise<number> {
  return tx.user.count({ where: { role: "ADMIN", disabledAt: null } });
}

export async function getPasswordHash(id: string): Promise<string | null> {
  const row = await db().user.findUnique({ where: { id }, select: { passwordHash: true } });
  return row?.passwordHash ?? null;
}
