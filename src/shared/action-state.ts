// What a server action answers a form with; shared by server actions and client forms.
export interface ActionState<T = undefined> {
  status: "idle" | "ok" | "error";
  message?: string;
  /** The error's code (as in the API's error body: `forbidden`, `validation_failed`, ...). */
  code?: string;
  /** Which field the error is about, for aria-invalid / aria-describedby. */
  field?: string;
  data?: T;
  /** What the user typed (never passwords), so a refused form shows it again. */
  values?: Record<string, string>;
}

export const idle: ActionState<never> = { status: "idle" };
