import Link from "next/link";
import { translator } from "@/i18n/translate";

const t = translator("en");

export default function Forbidden() {
  return (
    <div className="card narrow">
      <h1>{t("errors.forbiddenTitle")}</h1>
      <p>{t("errors.forbidden")}</p>
      <Link href="/documents">{t("errors.back")}</Link>
    </div>
  );
}
