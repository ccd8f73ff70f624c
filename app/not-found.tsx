import { translator } from "@/i18n/translate";
import { MessagePage } from "@/ui/layout/message-page";

const t = translator("en");

export default function NotFound() {
  return <MessagePage title={t("errors.notFoundTitle")} message={t("errors.notFound")} back={t("errors.back")} />;
}
