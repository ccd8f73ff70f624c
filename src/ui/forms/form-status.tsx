// The result line of a form: announced to screen readers, coloured by outcome.
import type { ActionState } from "@/shared/action-state";

export function FormStatus({ state, id }: { state: ActionState<unknown>; id?: string }) {
  if (state.status === "idle" || !state.message) return <div id={id} role="status" aria-live="polite" />;
  return (
    <div id={id} role={state.status === "error" ? "alert" : "status"} className={`alert ${state.status === "error" ? "error" : "ok"}`}>
      {state.message}
    </div>
  );
}

/** The same line for client components that keep `{kind, message}` (or an error string). */
export function StatusLine({ status }: { status: { kind: "ok" | "error"; message: string } | string | null }) {
  if (!status) return null;
  const { kind, message } = typeof status === "string" ? { kind: "error" as const, message: status } : status;
  return (
    <div role={kind === "error" ? "alert" : "status"} className={`alert ${kind}`}>
      {message}
    </div>
  );
}
