// What a server action answers a form with; shared by server actions and client forms.
export interface ActionState<T = undefined> {
  status: "idle" | "ok" | "error";
  message?: string;
  /** Which field the error is about, for aria-invalid / aria-describedby. */
  field?: string;
  data?: T;
}

export const idle: ActionState<never> = { status: "idle" };
