// No interface text is written into components: every word a page shows comes from the
// catalogues (so it exists in English and Bahasa Indonesia). Reads every .tsx file of app/ and
// src/ui/ for letters in JSX text and in the attributes people read or hear.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsxFiles(path) : name.endsWith(".tsx") ? [path] : [];
  });
}

/** Not words of a language: a URL scheme as a placeholder, a key name before its number. */
const NOT_LANGUAGE = /^(https?:\/\/|(Alt|Ctrl|Shift)\+$)/;

const READABLE_ATTRIBUTES = new Set(["aria-label", "aria-description", "aria-roledescription", "placeholder", "title", "alt", "label"]);

/** Text people would read, as the TypeScript parser sees the JSX: text nodes and readable attributes written as string literals. */
export function hardCodedText(source: string, fileName = "x.tsx"): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      const text = node.getText(file).trim();
      // Two letters in a row make a word; arrows, dots, "·", "—", "…", "#" and numbers do not.
      if (/\p{L}{2,}/u.test(text) && !NOT_LANGUAGE.test(text)) found.push(text);
    } else if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer) && READABLE_ATTRIBUTES.has(node.name.getText(file))) {
      if (/\p{L}{2,}/u.test(node.initializer.text) && !NOT_LANGUAGE.test(node.initializer.text)) found.push(`${node.name.getText(file)}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe("hard-coded interface text", () => {
  it("finds text in JSX and in readable attributes (the check itself)", () => {
    expect(hardCodedText(`const a = <p className="x">Save the claim</p>; const b = <b>{t("a")}</b>;`)).toEqual(["Save the claim"]);
    expect(hardCodedText(`const a = <input placeholder="CI export" aria-label={t("x")} className="Wide" />;`)).toEqual(['placeholder="CI export"']);
    expect(hardCodedText(`const a = <span>{n} · {m} →{/* a comment in JSX */}</span>; type P = Promise<Array<string>>;`)).toEqual([]);
  });

  it("none in app/ or src/ui/", () => {
    const offenders = [...tsxFiles("app"), ...tsxFiles("src/ui")].flatMap((f) => hardCodedText(readFileSync(f, "utf8")).map((text) => `${f}: ${text}`));
    expect(offenders).toEqual([]);
  });
});
