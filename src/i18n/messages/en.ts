// English interface text. Every string a page shows comes from here (Bahasa Indonesia follows),
// one file per part of the product, joined into one catalogue.
import { frame } from "./en/frame.ts";
import { people } from "./en/people.ts";
import { documents } from "./en/documents.ts";
import { claims } from "./en/claims.ts";
import { output } from "./en/output.ts";
import { translation } from "./en/translation.ts";
import { language } from "./en/language.ts";

export const en = { ...frame, ...people, ...documents, ...claims, ...output, ...translation, ...language };
