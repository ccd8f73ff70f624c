// Teks antarmuka bahasa Indonesia: the Indonesian catalogue, one file per part of the product
// as in English, joined into one catalogue of the same shape (the type checks every key).
import { frame } from "./id/frame.ts";
import { people } from "./id/people.ts";
import { documents } from "./id/documents.ts";
import { claims } from "./id/claims.ts";
import { output } from "./id/output.ts";
import { translation } from "./id/translation.ts";
import { language } from "./id/language.ts";

export const id = { ...frame, ...people, ...documents, ...claims, ...output, ...translation, ...language };
