import { describe, expect, it } from "vitest";
import { serverMessagesId } from "./messages/server-id.ts";
import { localizeServerMessage } from "./server-messages.ts";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the server's messages in Indonesian", () => {
  it("has a translation with the same placeholders for every template", () => {
    const entries = Object.entries(serverMessagesId);
    expect(entries.length).toBeGreaterThan(80);
    expect(entries.filter(([en, id]) => JSON.stringify(placeholders(en)) !== JSON.stringify(placeholders(id)) || !id.trim()).map(([en]) => en)).toEqual([]);
  });

  it("translates every message the table knows, values carried over", () => {
    for (const [en, id] of Object.entries(serverMessagesId)) {
      const values = new Map(placeholders(en).map((name, i) => [name!, `«value ${i}»`]));
      const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, name: string) => values.get(name)!);
      expect(localizeServerMessage(fill(en), "id")).toBe(fill(id));
    }
  });

  it("translates a refused field's message and its lead-in, keeping the field's name", () => {
    expect(localizeServerMessage("Invalid input. name: The name is too long (120 characters at most).", "id")).toBe(
      `${serverMessagesId["Invalid input."]} name: ${serverMessagesId["The name is too long (120 characters at most)."]}`,
    );
    expect(localizeServerMessage("Invalid input. name: Invalid input: expected string, received undefined", "id")).toBe(`${serverMessagesId["Invalid input."]} name: Invalid input: expected string, received undefined`);
  });

  it("leaves English alone, and a message it does not know as it is", () => {
    const [en] = Object.keys(serverMessagesId);
    expect(localizeServerMessage(en!, "en")).toBe(en);
    expect(localizeServerMessage("Something entirely new happened.", "id")).toBe("Something entirely new happened.");
  });
});
