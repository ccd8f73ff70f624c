// Ids for rows written without Prisma (the direct writes), shaped like Prisma's cuid(): 25
// characters of [0-9a-z] starting with "c" and the time.
import { randomBytes } from "node:crypto";

export function newRowId(): string {
  let random = "";
  for (const b of randomBytes(15)) random += (b % 36).toString(36);
  return `c${Date.now().toString(36).padStart(9, "0")}${random}`;
}
