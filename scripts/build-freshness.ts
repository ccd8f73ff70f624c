// Whether the Next.js build in .next is older than the code it was built from, so `npm start`
// and `npm test` rebuild after a code change (a `git pull`) instead of serving a stale build.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Newest modification time under the folders and files a build depends on. */
function newestSource(root: string): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ["app", "src"]) if (existsSync(join(root, dir))) walk(join(root, dir));
  for (const f of ["next.config.js", "proxy.ts", "package.json", "tsconfig.json"]) {
    const path = join(root, f);
    if (existsSync(path)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

export function buildIsCurrent(root = "."): boolean {
  const id = join(root, ".next", "BUILD_ID");
  return existsSync(id) && statSync(id).mtimeMs > newestSource(root);
}
