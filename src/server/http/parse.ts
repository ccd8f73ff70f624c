// zod parsing at the edge: failures become a 422 with the first problems listed.
import type { z } from "zod";
import { AppError } from "../errors.ts";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 5).map((i) => ({ path: i.path.join("."), message: i.message }));
  const first = problems[0];
  const where = first?.path ? `${first.path}: ` : "";
  throw new AppError("validation_failed", `Invalid input. ${where}${first?.message ?? ""}`.trim(), { details: { problems } });
}
