// A claim's history: review steps, corrections with their reasons, merges, links.
import type { ClaimEventView } from "@/server/services/claims/read-claims";
import type { MessageKey, Translate } from "@/i18n/translate";
import { formatDateTime } from "../format";
import type { VerdictOption } from "../workbench/types";
import { showValue } from "../workbench/change-display";

export function ClaimHistory({ events, options, t, intl }: { events: ClaimEventView[]; options: VerdictOption[]; t: Translate; intl: string }) {
  return (
    <section aria-labelledby="claim-history-title">
      <h2 id="claim-history-title">{t("claims.history")}</h2>
      {events.length === 0 ? (
        <p className="hint">{t("claims.historyEmpty")}</p>
      ) : (
        <ol className="history-list">
          {events
            .slice()
            .reverse()
            .map((e) => {
              const verdict = e.details.verdict as { before?: unknown; after?: unknown } | undefined;
              return (
                <li key={e.id} data-testid="claim-event">
                  <strong>{t(`claims.event_${e.action}` as MessageKey)}</strong> {e.actor && t("workbench.by", { name: e.actor.name })} ·{" "}
                  <time dateTime={e.at}>{formatDateTime(new Date(e.at), intl)}</time>
                  {verdict && (
                    <div>
                      {t("claims.verdict")}: <del>{showValue("verdict", verdict.before, options)}</del> → <ins>{showValue("verdict", verdict.after, options)}</ins>
                    </div>
                  )}
                  {e.reason && <div className="reason">“{e.reason}”</div>}
                </li>
              );
            })}
        </ol>
      )}
    </section>
  );
}
