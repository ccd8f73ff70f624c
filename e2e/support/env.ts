// Where the e2e server runs and where the suite keeps its state.
import { resolve } from "node:path";

const port = Number(process.env.E2E_PORT ?? 3210);

export const E2E = {
  port,
  baseURL: `http://127.0.0.1:${port}`,
  stateDir: resolve(".tmp/e2e"),
  dataDir: resolve(".tmp/e2e/data"),
  adminFile: resolve(".tmp/e2e/admin.json"),
  chromiumPath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  /** The local LibreTranslate-compatible server the e2e server's machine translation uses. */
  translatorPort: port + 40,
  translatorKey: "e2e-translator-key",
  /** Failed sign-ins before the lock, set on the e2e server. */
  maxFailures: 5,
  admin: { name: "Ayu Admin", email: "admin@saring.test", password: "sebelum-sharing-2026" },
};
