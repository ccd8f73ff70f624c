// Checkbox groups shared by the dashboard's filters and the export page: verdicts (from the
// label set) and review states. Plain form fields (GET forms).
import { REVIEW_STATES } from "@/domain/claims/review";
import type { VerdictLabel } from "@/domain/claims/verdicts";
import type { MessageKey, Translate } from "@/i18n/translate";

export function VerdictChecks({ labels, checked = [], t }: { labels: VerdictLabel[]; checked?: string[]; t: Translate }) {
  return (
    <fieldset>
      <legend>{t("claims.verdict")}</legend>
      {labels.map((l) => (
        <label key={l.key} className="check">
          <input type="checkbox" name="verdict" value={l.key} defaultChecked={checked.includes(l.key)} /> {l.en}
        </label>
      ))}
    </fieldset>
  );
}

export function ReviewStateChecks({ checked = [], t }: { checked?: string[]; t: Translate }) {
  return (
    <fieldset>
      <legend>{t("claims.reviewState")}</legend>
      {REVIEW_STATES.map((s) => (
        <label key={s} className="check">
          <input type="checkbox" name="reviewState" value={s} defaultChecked={checked.includes(s)} /> {t(`claims.state_${s}` as MessageKey)}
        </label>
      ))}
    </fieldset>
  );
}
