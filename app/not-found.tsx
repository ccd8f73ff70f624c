import Link from "next/link";
import { translator } from "@/i18n/translate";

const t = translator("en");

export default function NotFound() {
  return (
    <div className="card narrow">
      <h1>{t("errors.notFoundTitle")}</h1>
      <p>{t("errors.notFound")}</p>
      <Link href="/documents">{t("errors.back")}</Link>
    </div>
  );
}
