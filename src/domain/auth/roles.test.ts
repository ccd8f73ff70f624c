import { describe, expect, it } from "vitest";
import { ACTIONS, ROLES, can, isRole } from "./roles.ts";

describe("roles", () => {
  it("lets admins do everything", () => {
    for (const action of ACTIONS) expect(can("ADMIN", action)).toBe(true);
  });

  it("keeps user management with admins only", () => {
    expect(ROLES.filter((r) => can(r, "user.manage"))).toEqual(["ADMIN"]);
  });

  it("lets viewers read and export, and nothing that writes", () => {
    expect(can("VIEWER", "document.read")).toBe(true);
    expect(can("VIEWER", "document.export")).toBe(true);
    expect(can("VIEWER", "document.import")).toBe(false);
    expect(can("VIEWER", "annotation.write")).toBe(false);
  });

  it("lets editors and admins correct a document's text", () => {
    expect(ROLES.filter((r) => can(r, "document.correct"))).toEqual(["ADMIN", "EDITOR"]);
  });

  it("reserves approval for editors and admins", () => {
    expect(ROLES.filter((r) => can(r, "claim.approve"))).toEqual(["ADMIN", "EDITOR"]);
  });

  it("recognises role names exactly", () => {
    expect(isRole("EDITOR")).toBe(true);
    expect(isRole("editor")).toBe(false);
    expect(isRole("ROOT")).toBe(false);
  });
});
