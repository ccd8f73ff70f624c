// `npm test`: unit tests, integration tests against a real database, then end-to-end tests
// (API and UI) against the real server in Chromium. The engine follows DATABASE_URL: SQLite
// by default; a postgresql:// URL runs the integration and e2e suites on that server.
//   npm test                                  all suites
//   npm test -- --suites integration,e2e      a selection (unit, integration, e2e)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { buildIsCurrent } from "./build-freshness.ts";

const SUITES = ["unit", "integration", "e2e"] as const;
type Suite = (typeof SUITES)[number];

function selectedSuites(argv: string[]): Suite[] {
  const i = argv.indexOf("--suites");
  if (i === -1) return [...SUITES];
  const names = (argv[i + 1] ?? "").split(",").filter(Boolean);
  const unknown = names.filter((n) => !(SUITES as readonly string[]).includes(n));
  if (unknown.length || names.length === 0) {
    console.error(`Unknown suite(s): ${unknown.join(", ") || "(none)"}. Choose from ${SUITES.join(", ")}.`);
    process.exit(2);
  }
  return names as Suite[];
}

const REPORTS = join(".tmp", "test-reports");
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

/** Passed and failed test counts from a runner's JSON report (vitest or Playwright). */
function counts(report: string): { passed: number; failed: number } {
  if (!existsSync(report)) return { passed: 0, failed: 0 };
  const json = JSON.parse(readFileSync(report, "utf8")) as {
    numPassedTests?: number;
    numFailedTests?: number;
    stats?: { expected: number; unexpected: number; flaky: number };
  };
  if (json.stats) return { passed: json.stats.expected, failed: json.stats.unexpected + json.stats.flaky };
  return { passed: json.numPassedTests ?? 0, failed: json.numFailedTests ?? 0 };
}
const totals = { passed: 0, failed: 0 };

function run(label: string, cmd: string, args: string[], report?: string, env: NodeJS.ProcessEnv = process.env): boolean {
  console.log(`\n=== ${label}: ${cmd} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: "inherit", env });
  if (report) {
    const c = counts(report);
    totals.passed += c.passed;
    totals.failed += c.failed;
  }
  console.log(`=== ${label}: ${result.status === 0 ? "passed" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

const suites = selectedSuites(process.argv.slice(2));
const engine = /^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL ?? "") ? "PostgreSQL" : "SQLite";
console.log(`Saring tests: ${suites.join(", ")} on ${engine}`);
const results: Array<[string, boolean]> = [];

const vitest = (project: string) => {
  const report = join(REPORTS, `${project}.json`);
  return run(project, "npx", ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], report);
};
if (suites.includes("unit")) results.push(["unit", vitest("unit")]);
if (suites.includes("integration")) results.push(["integration", vitest("integration")]);
if (suites.includes("e2e")) {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium)) {
    console.error(`\nChromium is missing: no browser at ${chromium}. The e2e suite needs it: apt-get install -y chromium (or set CHROMIUM_PATH).`);
    results.push(["e2e", false]);
  } else {
    const built = buildIsCurrent() || run("build", "npx", ["next", "build"]);
    const report = join(REPORTS, "e2e.json");
    const env = { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: report };
    results.push(["e2e", built && run("e2e", "npx", ["playwright", "test", "--reporter=list,json"], report, env)]);
  }
}

const failed = results.filter(([, ok]) => !ok).map(([name]) => name);
console.log(`\nSuites: ${results.map(([n, ok]) => `${n} ${ok ? "passed" : "FAILED"}`).join(", ")}`);
// One closing line in the plain form CI reads: tests, not suites. A suite that failed without
// reporting a failed test (e.g. a build error) still counts as one failure.
const unreported = failed.length > 0 && totals.failed === 0 ? failed.length : 0;
console.log(`${totals.passed} passed, ${totals.failed + unreported} failed`);
process.exit(failed.length ? 1 : 0);
