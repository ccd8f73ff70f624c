// The interface language for someone not signed in, from the browser's Accept-Language: the
// first of Saring's languages by preference ("in" is Indonesian's old code). English otherwise.
// Pure.
import type { Locale } from "./translate.ts";

export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return "en";
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { primary: tag.trim().toLowerCase().split("-")[0] ?? "", q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.q > 0 && !Number.isNaN(r.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const r of ranked) {
    if (r.primary === "id" || r.primary === "in") return "id";
    if (r.primary === "en") return "en";
  }
  return "en";
}
