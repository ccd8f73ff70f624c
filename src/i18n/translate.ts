// Looking up interface text by key, with {placeholders}, in English or Bahasa Indonesia. Pure.
import { en } from "./messages/en.ts";
import { id } from "./messages/id.ts";

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The catalogue's shape: every language has every key of the English one. */
export type Messages = Widen<typeof en>;

export const LOCALES = ["en", "id"] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** What Intl formats dates and numbers with, per interface language. */
export const INTL_LOCALE: Record<Locale, string> = { en: "en", id: "id-ID" };

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Messages>;
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const catalogues: Record<Locale, Messages> = { en, id };

export function catalogue(locale: Locale): Messages {
  return catalogues[locale];
}

export function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

export function format(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function translator(locale: Locale = "en"): Translate {
  const messages = catalogues[locale];
  return (key, vars) => format(lookup(messages, key) ?? key, vars);
}
