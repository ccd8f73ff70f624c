// The server's own messages (refusals, checks) in the interface's language. The code writes them
// in English; messages/server-id.ts gives each English template its Indonesian one, with
// {placeholders} for the parts that vary. A message without a translation stays English. Pure.
import { serverMessagesId } from "./messages/server-id.ts";
import type { Locale } from "./translate.ts";

interface Template {
  pattern: RegExp;
  names: string[];
  target: string;
  /** Letters outside placeholders: longer templates are tried first (more specific). */
  weight: number;
}

function compile(table: Record<string, string>): { exact: Map<string, string>; templates: Template[] } {
  const exact = new Map<string, string>();
  const templates: Template[] = [];
  for (const [english, target] of Object.entries(table)) {
    const names = [...english.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    if (names.length === 0) {
      exact.set(english, target);
      continue;
    }
    const source = english
      .split(/\{\w+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("([\\s\\S]+?)");
    templates.push({ pattern: new RegExp(`^${source}$`), names, target, weight: english.replace(/\{\w+\}/g, "").length });
  }
  templates.sort((a, b) => b.weight - a.weight);
  return { exact, templates };
}

let compiled: ReturnType<typeof compile> | undefined;

export function localizeServerMessage(message: string, locale: Locale): string {
  if (locale === "en") return message;
  // A refused form field (src/server/http/parse.ts): "Invalid input. field: the field's message".
  const field = /^Invalid input\. (?:([\w.]+): )?([\s\S]+)$/.exec(message);
  if (field) return `${one("Invalid input.")} ${field[1] ? `${field[1]}: ` : ""}${one(field[2]!)}`;
  return one(message);
}

function one(message: string): string {
  compiled ??= compile(serverMessagesId);
  const hit = compiled.exact.get(message);
  if (hit !== undefined) return hit;
  for (const t of compiled.templates) {
    const m = t.pattern.exec(message);
    if (!m) continue;
    const values = new Map(t.names.map((name, i) => [name, m[i + 1]!]));
    return t.target.replace(/\{(\w+)\}/g, (whole, name: string) => values.get(name) ?? whole);
  }
  return message;
}
