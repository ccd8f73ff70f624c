// Metadata a user may give when importing a document, validated the same way in the API,
// the import form and the CLI. Empty strings mean "not given".
import { z } from "zod";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** "2023", "2023-09" or "2023-09-06", a real calendar date. */
export const partialIsoDate = z
  .string()
  .trim()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "Use the form YYYY-MM-DD (or YYYY-MM, YYYY).")
  .refine((v) => {
    const [y, m, d] = v.split("-").map(Number);
    if (m !== undefined && (m < 1 || m > 12)) return false;
    if (d !== undefined && y !== undefined && m !== undefined) {
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    }
    return true;
  }, "This date does not exist.");

export const httpUrl = z
  .string()
  .trim()
  .max(2000, "The URL is too long (2,000 characters at most).")
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === "http:" || u.protocol === "https:";
    } catch {
      return false;
    }
  }, "Give a web address that starts with http:// or https://.");

export const documentMetadataSchema = z.object({
  title: z.preprocess(blankToUndefined, z.string().trim().max(300, "The title is too long (300 characters at most).").optional()),
  sourceUrl: z.preprocess(blankToUndefined, httpUrl.optional()),
  outlet: z.preprocess(blankToUndefined, z.string().trim().max(100, "The outlet name is too long (100 characters at most).").optional()),
  publishedAt: z.preprocess(blankToUndefined, partialIsoDate.optional()),
  language: z.preprocess(
    blankToUndefined,
    z.string().trim().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language tag such as id or en.").optional(),
  ),
});

export type DocumentMetadata = z.infer<typeof documentMetadataSchema>;
