import { MessagePage } from "@/ui/layout/message-page";
import { pageText } from "@/server/pages/page-text";

export default async function Forbidden() {
  const { t } = await pageText();
  return <MessagePage title={t("errors.forbiddenTitle")} message={t("errors.forbidden")} back={t("errors.back")} />;
}
