"use client";
import { useT } from "@/ui/i18n";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useT();
  return (
    <div className="card narrow" role="alert">
      <h1>{t("errors.unexpected")}</h1>
      <button type="button" onClick={reset}>
        {t("errors.retry")}
      </button>
    </div>
  );
}
