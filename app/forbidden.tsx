import { translator } from "@/i18n/translate";
import { MessagePage } from "@/ui/layout/message-page";

const t = translator("en");

export default function Forbidden() {
  return <MessagePage title={t("errors.forbiddenTitle")} message={t("errors.forbidden")} back={t("errors.back")} />;
}
