// Machine drafts of a span's translation, only when an administrator configured a service
// (SARING_MT_URL, SARING_MT_KEY). Without it nothing is offered and nothing is sent anywhere.
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { config } from "../../config.ts";
import { AppError } from "../../errors.ts";
import { translateWithService } from "./libretranslate-client.ts";

export function machineTranslationAvailable(): boolean {
  return config().machineTranslation !== null;
}

export async function machineDraft(user: CurrentUser, text: string): Promise<{ translation: string; origin: "machine" }> {
  authorize(user, "annotation.write");
  const service = config().machineTranslation;
  if (!service) throw new AppError("not_found", "Machine translation is not set up on this server.");
  return { translation: await translateWithService(service, text), origin: "machine" };
}
