// The verdict label set: read by everyone (pages, exports), changed by admins.
import { DEFAULT_VERDICTS, type VerdictLabel } from "../../../domain/claims/verdicts.ts";
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { countClaimsByVerdict, listVerdictLabels, saveVerdictLabels } from "../../data/verdict-labels.ts";
import type { Tx } from "../../db/transaction.ts";
import { AppError } from "../../errors.ts";

export async function verdictLabels(user: CurrentUser): Promise<VerdictLabel[]> {
  authorize(user, "document.read");
  return listVerdictLabels();
}

export async function updateVerdictLabels(user: CurrentUser, labels: VerdictLabel[]): Promise<VerdictLabel[]> {
  authorize(user, "settings.manage");
  const keys = new Set(labels.map((l) => l.key));
  if (!keys.has("UNVERIFIED")) throw new AppError("validation_failed", "UNVERIFIED stays: it is the verdict of every new claim.");
  const inUse = [...(await countClaimsByVerdict())].filter(([key, n]) => n > 0 && !keys.has(key));
  if (inUse.length) {
    throw new AppError("validation_failed", `These labels are in use and cannot be removed: ${inUse.map(([k, n]) => `${k} (${n} claim${n === 1 ? "" : "s"})`).join(", ")}. Change those verdicts first.`);
  }
  await saveVerdictLabels(labels);
  return listVerdictLabels();
}

/** Refuses a verdict key that is not in the label set. */
export async function assertVerdict(tx: Tx, key: string): Promise<void> {
  assertVerdictKey((await listVerdictLabels(tx)).map((l) => l.key), key);
}

/** Refuses a verdict that is not a label, given the stored label keys (none stored: the defaults). */
export function assertVerdictKey(storedKeys: readonly string[], key: string): void {
  const keys = storedKeys.length ? storedKeys : DEFAULT_VERDICTS.map((v) => v.key);
  if (!keys.includes(key)) throw new AppError("validation_failed", `verdict is one of ${keys.join(", ")}.`, { details: { field: "verdict" } });
}
