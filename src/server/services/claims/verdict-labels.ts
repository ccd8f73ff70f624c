// The verdict label set: read by everyone (pages, exports), changed by admins.
import type { VerdictLabel } from "../../../domain/claims/verdicts.ts";
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { listVerdictLabels, saveVerdictLabels } from "../../data/verdict-labels.ts";

export async function verdictLabels(user: CurrentUser): Promise<VerdictLabel[]> {
  authorize(user, "document.read");
  return listVerdictLabels();
}

export async function updateVerdictLabels(user: CurrentUser, labels: VerdictLabel[]): Promise<VerdictLabel[]> {
  authorize(user, "settings.manage");
  await saveVerdictLabels(labels);
  return listVerdictLabels();
}
