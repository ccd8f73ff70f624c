"use client";
// The two ways to import: paste text, or upload files. Each shows per-item outcomes.
import { Link } from "@/ui/link";
import { useActionState } from "react";
import { idle, type ActionState } from "@/shared/action-state";
import { FormStatus } from "../forms/form-status";
import { useT } from "../i18n";

export interface ImportOutcomeView {
  name: string;
  status: "created" | "duplicate" | "refused";
  message?: string;
  documentId?: string;
  title?: string;
}
type ImportAction = (prev: ActionState<ImportOutcomeView[]>, form: FormData) => Promise<ActionState<ImportOutcomeView[]>>;

function Outcomes({ state }: { state: ActionState<ImportOutcomeView[]> }) {
  const t = useT();
  if (!state.data?.length) return <FormStatus state={state} />;
  return (
    <ul role="status" aria-live="polite" className="outcomes">
      {state.data.map((o, i) => (
        <li key={`${o.name}-${i}`} className={`alert ${o.status === "refused" ? "error" : "ok"}`}>
          {o.status === "refused" && (
            <>
              <strong>{o.name}</strong>: {o.message}
            </>
          )}
          {o.status !== "refused" && (
            <>
              {t(o.status === "created" ? "importPage.created" : "importPage.duplicate", { title: o.title ?? o.name })}{" "}
              {o.documentId && <Link href={`/documents/${o.documentId}`}>{t("importPage.open")}</Link>}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function MetadataFields({ prefix, withTitle, values }: { prefix: string; withTitle: boolean; values?: Record<string, string> }) {
  const t = useT();
  return (
    <div className="row">
      {withTitle && (
        <div className="field">
          <label htmlFor={`${prefix}-title`}>{t("importPage.titleField")}</label>
          <input id={`${prefix}-title`} name="title" type="text" maxLength={300} defaultValue={values?.title} />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${prefix}-url`}>{t("importPage.sourceUrl")}</label>
        <input id={`${prefix}-url`} name="sourceUrl" type="url" placeholder="https://" defaultValue={values?.sourceUrl} />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-outlet`}>{t("importPage.outlet")}</label>
        <input id={`${prefix}-outlet`} name="outlet" type="text" maxLength={100} defaultValue={values?.outlet} />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-date`}>{t("importPage.publishedAt")}</label>
        <input id={`${prefix}-date`} name="publishedAt" type="text" inputMode="numeric" pattern="\d{4}(-\d{2}(-\d{2})?)?" placeholder="2023-09-06" defaultValue={values?.publishedAt} />
      </div>
    </div>
  );
}

export function PasteImportForm({ action }: { action: ImportAction }) {
  const t = useT();
  const [state, submit, pending] = useActionState(action, idle);
  return (
    <form action={submit}>
      <fieldset>
        <legend>{t("importPage.pasteLegend")}</legend>
        <Outcomes state={state} />
        <div className="field">
          <label htmlFor="paste-text">{t("importPage.text")}</label>
          <textarea id="paste-text" name="text" required lang="id" aria-invalid={state.field === "text" ? true : undefined} defaultValue={state.values?.text} />
        </div>
        <MetadataFields prefix="paste" withTitle values={state.values} />
        <button type="submit" disabled={pending}>
          {pending ? t("common.working") : t("importPage.submitPaste")}
        </button>
      </fieldset>
    </form>
  );
}

export function UploadImportForm({ action }: { action: ImportAction }) {
  const t = useT();
  const [state, submit, pending] = useActionState(action, idle);
  return (
    <form action={submit}>
      <fieldset>
        <legend>{t("importPage.uploadLegend")}</legend>
        <Outcomes state={state} />
        <div className="field">
          <label htmlFor="upload-files">{t("importPage.files")}</label>
          <input id="upload-files" name="files" type="file" multiple accept=".txt,.md,.markdown,text/plain,text/markdown" required />
        </div>
        <MetadataFields prefix="upload" withTitle values={state.values} />
        <button type="submit" disabled={pending}>
          {pending ? t("common.working") : t("importPage.submitUpload")}
        </button>
      </fieldset>
    </form>
  );
}
