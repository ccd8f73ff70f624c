// Both interface languages have every message, with the same {placeholders}.
import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate.ts";
import { catalogue, INTL_LOCALE, LOCALES, translator } from "./translate.ts";

function leaves(node: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (typeof v === "string") out.set(prefix + k, v);
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the catalogues", () => {
  const en = leaves(catalogue("en"));
  const id = leaves(catalogue("id"));

  it("have the same keys, none empty", () => {
    expect([...id.keys()].sort()).toEqual([...en.keys()].sort());
    expect([...id].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
    expect(en.size).toBeGreaterThan(350);
  });

  it("use the same placeholders in both languages", () => {
    const differ = [...en].filter(([k, v]) => JSON.stringify(placeholders(v)) !== JSON.stringify(placeholders(id.get(k) ?? ""))).map(([k]) => k);
    expect(differ).toEqual([]);
  });

  it("are really translated: most Indonesian messages differ from the English ones", () => {
    const same = [...en].filter(([k, v]) => id.get(k) === v).map(([k]) => k);
    // Names, formats and shortcuts read the same in both (e.g. "CSV", "Saring").
    expect(same.length / en.size).toBeLessThan(0.08);
  });

  it("translate by the chosen language", () => {
    expect(translator("en")("documents.title")).toBe("Documents");
    expect(translator("id")("documents.title")).not.toBe("Documents");
    expect(LOCALES.every((l) => INTL_LOCALE[l])).toBe(true);
  });
});

describe("negotiateLocale", () => {
  it("takes the first of Saring's languages by the browser's preference", () => {
    expect(negotiateLocale("id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("id");
    expect(negotiateLocale("en-US,en;q=0.9,id;q=0.8")).toBe("en");
    expect(negotiateLocale("fr-FR, id;q=0.5")).toBe("id");
    expect(negotiateLocale("en;q=0.4, in;q=0.6")).toBe("id");
    expect(negotiateLocale("id;q=0, en")).toBe("en");
  });
  it("falls back to English", () => {
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale("")).toBe("en");
    expect(negotiateLocale("ja, zh;q=0.8")).toBe("en");
    expect(negotiateLocale(";;;,q=abc")).toBe("en");
  });
});
