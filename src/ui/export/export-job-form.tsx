"use client";
// The export form. With JavaScript the export runs as a job: a progress bar while documents are
// rendered, then the browser downloads the file. Without JavaScript the form is a plain GET to
// the export API and the browser downloads the answer.
import { useEffect, useRef, useState } from "react";
import { call } from "@/ui/api/call";
import { useT } from "@/ui/i18n";

interface JobView {
  id: string;
  state: "running" | "done" | "failed";
  phase: "loading" | "rendering" | "finished";
  done: number;
  total: number;
  fileName: string | null;
  fileUrl: string | null;
  error: string | null;
}

const LISTS = ["documentId", "verdict", "reviewState"];

function requestFrom(form: HTMLFormElement): Record<string, unknown> {
  const data = new FormData(form);
  const body: Record<string, unknown> = {};
  for (const key of new Set(data.keys())) {
    const values = data.getAll(key).map(String).filter((v) => v.trim() !== "");
    if (values.length === 0) continue;
    body[key] = LISTS.includes(key) ? values : values[0];
  }
  return body;
}

export function ExportJobForm({ label, children }: { label: string; children: React.ReactNode }) {
  const t = useT();
  const [job, setJob] = useState<JobView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const downloaded = useRef<string | null>(null);

  useEffect(() => {
    if (!job || job.state !== "running") return;
    const timer = setTimeout(async () => {
      const r = await call<JobView>("GET", `/api/v1/exports/${job.id}`);
      if (r.ok) setJob(r.value);
      else {
        setError(r.message);
        setBusy(false);
      }
    }, 400);
    return () => clearTimeout(timer);
  }, [job]);

  useEffect(() => {
    if (!job || job.state === "running") return;
    setBusy(false);
    if (job.state === "done" && job.fileUrl && downloaded.current !== job.id) {
      downloaded.current = job.id;
      window.location.assign(job.fileUrl);
    }
  }, [job]);

  async function start(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setJob(null);
    setBusy(true);
    const r = await call<JobView>("POST", "/api/v1/exports", requestFrom(event.currentTarget));
    if (r.ok) setJob(r.value);
    else {
      setError(r.message);
      setBusy(false);
    }
  }

  let status: string | null = null;
  if (job?.state === "running") status = job.phase === "loading" ? t("export.loading") : t("export.progress", { done: job.done, total: job.total });
  else if (job?.state === "done") status = t("export.ready", { file: job.fileName ?? "" });
  else if (busy) status = t("export.preparing");

  return (
    <form method="get" action="/api/v1/export" className="card export-form" aria-label={label} onSubmit={start} aria-busy={busy}>
      {children}
      <button type="submit" disabled={busy}>
        {t("export.download")}
      </button>
      <div className="export-progress" role="status" aria-live="polite">
        {job?.state === "running" && <progress max={Math.max(job.total, 1)} value={job.done} aria-label={status ?? undefined} />}
        {status && <p>{status}</p>}
        {job?.state === "done" && job.fileUrl && (
          <a href={job.fileUrl} download={job.fileName ?? undefined}>
            {t("export.downloadAgain")}
          </a>
        )}
      </div>
      {(error || job?.state === "failed") && (
        <div role="alert" className="alert error">
          {t("export.failed", { error: error ?? job?.error ?? "" })}
        </div>
      )}
    </form>
  );
}
