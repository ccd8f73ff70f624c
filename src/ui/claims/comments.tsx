"use client";
// The discussion on a claim: read by everyone, written by those who annotate.
import { useState } from "react";
import type { CommentView } from "@/server/services/claims/read-claims";
import { useHydrated } from "../forms/use-hydrated";
import { StatusLine } from "../forms/form-status";
import { formatDateTime } from "../format";
import { useIntlLocale, useT } from "../i18n";
import { claimsApi } from "./claims-api";

export function Comments({ claimId, initial, canComment }: { claimId: string; initial: CommentView[]; canComment: boolean }) {
  const t = useT();
  const intl = useIntlLocale();
  const [comments, setComments] = useState(initial);
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ready = useHydrated();

  async function post(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const result = await claimsApi.comment(claimId, body);
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setComments((list) => [...list, result.value]);
    setBody("");
  }

  return (
    <section className="card" aria-labelledby="comments-title">
      <h2 id="comments-title">{t("claims.comments")}</h2>
      {comments.length === 0 ? (
        <p className="hint">{t("claims.noComments")}</p>
      ) : (
        <ol className="comments">
          {comments.map((c) => (
            <li key={c.id}>
              <div className="hint">
                {c.author?.name ?? "—"} · <time dateTime={c.createdAt}>{formatDateTime(new Date(c.createdAt), intl)}</time>
              </div>
              <p className="comment-body">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canComment && (
        <form onSubmit={post}>
          <StatusLine status={error} />
          <div className="field">
            <label htmlFor="comment-body">{t("claims.comment")}</label>
            <textarea id="comment-body" className="short" value={body} required onChange={(e) => setBody(e.target.value)} />
          </div>
          <button type="submit" disabled={busy || !ready}>
            {t("claims.post")}
          </button>
        </form>
      )}
    </section>
  );
}
