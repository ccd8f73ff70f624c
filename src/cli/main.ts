// Saring's command line: `npm run cli -- <command> [options]`. Exit code 0 on success; on
// failure a one-line message on stderr and exit code 1 (2 for usage errors).
import { AppError } from "../server/errors.ts";
import { backupCommand, restoreCommand } from "./commands/backup.ts";
import { exportCommand } from "./commands/export.ts";
import { importCommand } from "./commands/import.ts";
import { tokenCommand } from "./commands/token.ts";
import { userCommand } from "./commands/user.ts";
import { UsageError } from "./usage.ts";

const USAGE = `Usage: npm run cli -- <command>

  user add --email E --name N --role ADMIN|EDITOR|REVIEWER|VIEWER [--password P]
                              (without --password, the password is read from stdin)
  user disable --email E      disable a user: their sessions and tokens stop working
  user enable --email E
  user list
  token create --email E [--name N]   prints a new API token once
  import FILE... [--outlet O] [--source-url U] [--published-at YYYY-MM-DD] [--title T]
  export --format html|pdf|docx|md|csv|w3c|claimreview --out FILE [--document ID]... [--verdict V]...
         [--review-state DRAFT|IN_REVIEW|APPROVED]... [--outlet O] [--from DATE] [--to DATE]
  backup --out FILE           the whole instance (users, documents, claims, history…) in one file
  restore FILE                a backup into this instance, which must be empty
`;

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  user: userCommand,
  token: tokenCommand,
  import: importCommand,
  export: exportCommand,
  backup: backupCommand,
  restore: restoreCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`Unknown command: ${name}\n\n${USAGE}`);
    return 2;
  }
  try {
    await command(rest);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n\n${USAGE}`);
      return 2;
    }
    if (err instanceof AppError) {
      process.stderr.write(`Error: ${err.message}\n`);
      return 1;
    }
    process.stderr.write(`Error: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

const code = await main(process.argv.slice(2));
process.exit(code);
