// Pages: a missing item is the 404 page, anything else stays an error.
import { notFound } from "next/navigation";
import { AppError } from "../errors.ts";

export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  }
}
