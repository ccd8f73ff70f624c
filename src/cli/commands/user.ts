// `user add|disable|enable|list`.
import { listUsers } from "../../server/data/users.ts";
import { parseInput } from "../../server/http/parse.ts";
import { operatorCreateUser, operatorSetDisabled } from "../../server/services/users/operator.ts";
import { newUserSchema } from "../../server/services/users/user-input.ts";
import { parse, readStdin, required, UsageError } from "../usage.ts";

export async function userCommand(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  switch (sub) {
    case "add": {
      const { values } = parse(rest, {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
        password: { type: "string" },
      });
      const password = values.password ?? (await readStdin());
      const input = parseInput(newUserSchema, {
        email: required(values.email, "--email"),
        name: required(values.name, "--name"),
        role: required(values.role, "--role").toUpperCase(),
        password,
      });
      const user = await operatorCreateUser(input);
      console.log(`Created ${user.role.toLowerCase()} ${user.email} (${user.id}).`);
      return;
    }
    case "disable":
    case "enable": {
      const { values } = parse(rest, { email: { type: "string" } });
      const user = await operatorSetDisabled(required(values.email, "--email"), sub === "disable");
      console.log(`${user.email} is ${user.disabledAt ? "disabled" : "enabled"}.`);
      return;
    }
    case "list": {
      parse(rest, {});
      for (const u of await listUsers()) {
        console.log([u.email, u.role, u.disabledAt ? "disabled" : "active", u.name].join("\t"));
      }
      return;
    }
    default:
      throw new UsageError(sub ? `Unknown user command: ${sub}` : "Missing user command.");
  }
}
