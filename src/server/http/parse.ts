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

/** A URL's query as an object for a schema; the `repeatable` keys keep every value given. */
export function queryObject(url: string, repeatable: readonly string[] = []): Record<string, string | string[]> {
  const params = new URL(url).searchParams;
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key).filter((v) => v !== "");
    if (all.some((v) => v.includes("\u0000"))) throw new AppError("validation_failed", `Query parameter ${key.slice(0, 40)} may not contain NUL characters.`);
    if (all.length === 0) continue;
    out[key] = repeatable.includes(key) ? all : all[all.length - 1]!;
  }
  return out;
}
