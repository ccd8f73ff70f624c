// The shape of verdict keys and of the label set an admin saves. Whether a key exists is the
// label set's business (assertVerdict), since admins may add labels.
import { z } from "zod";

export const verdictKeySchema = z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, "verdict is a label key such as TRUE, FALSE or MISLEADING.");

export const verdictLabelsSchema = z
  .array(
    z
      .object({
        key: verdictKeySchema,
        en: z.string().trim().min(1, "Every label needs an English name.").max(80),
        id: z.string().trim().min(1, "Every label needs an Indonesian name.").max(80),
        color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "A colour is #rrggbb."),
        rating: z.number().int().min(1).max(5).nullable(),
      })
      .strict(),
  )
  .min(2, "Keep at least two labels.")
  .max(30)
  .refine((list) => new Set(list.map((l) => l.key)).size === list.length, "Each label key appears once.");
