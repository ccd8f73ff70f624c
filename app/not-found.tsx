import { MessagePage } from "@/ui/layout/message-page";
import { pageText } from "@/server/pages/page-text";

export default async function NotFound() {
  const { t } = await pageText();
  return <MessagePage title={t("errors.notFoundTitle")} message={t("errors.notFound")} back={t("errors.back")} />;
}
