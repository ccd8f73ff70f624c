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
