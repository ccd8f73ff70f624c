// `token create --email E [--name N]`: prints the new token once, and nothing else on stdout.
import { operatorCreateToken } from "../../server/services/users/operator.ts";
import { parse, required, UsageError } from "../usage.ts";

export async function tokenCommand(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== "create") throw new UsageError(sub ? `Unknown token command: ${sub}` : "Missing token command.");
  const { values } = parse(rest, { email: { type: "string" }, name: { type: "string" } });
  const token = await operatorCreateToken(required(values.email, "--email"), values.name ?? "CLI token");
  process.stdout.write(`${token}\n`);
  process.stderr.write("Store this token now: Saring keeps only its hash and cannot show it again.\n");
}
