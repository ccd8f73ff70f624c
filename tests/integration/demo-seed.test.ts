// The demo corpus on a new instance: imported once on the first start, never brought back once
// deleted, and never added to an instance that already holds documents or users.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useServices } from "./support/use-services.ts";

const services = useServices();

describe("demo seed", () => {
  it("imports the seed articles once, and never brings back a deleted one", async () => {
    const seedDir = new URL("../../seeds/", import.meta.url).pathname;
    const files = readdirSync(seedDir).filter((f) => f.endsWith(".txt"));
    const first = await services.importDemoSeed(seedDir);
    expect(first).toEqual({ imported: files.length, skipped: false });
    const seeds = await services.db().document.findMany({ where: { importSource: "seed" }, orderBy: { createdAt: "asc" } });
    expect(seeds.map((d: { outlet: string | null }) => d.outlet)).toEqual([null, "Bisnis.com", null, "Tempo", "detik"]);
    await services.db().document.delete({ where: { id: seeds[0]!.id } });
    expect(await services.importDemoSeed(seedDir)).toEqual({ imported: 0, skipped: true });
    expect(await services.db().document.count({ where: { importSource: "seed" } })).toBe(files.length - 1);
  });

  it("leaves an instance that already holds documents or users alone (e.g. one restored from a backup)", async () => {
    const seedDir = new URL("../../seeds/", import.meta.url).pathname;
    await services.db().document.deleteMany({});
    await services.db().setting.deleteMany({});
    await services.makeUser("VIEWER");
    expect(await services.importDemoSeed(seedDir)).toEqual({ imported: 0, skipped: true });
    expect(await services.db().document.count()).toBe(0);
  });
});
