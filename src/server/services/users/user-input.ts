// Input schemas for creating users, shared by the setup page, the admin page and the CLI.
import { z } from "zod";
import { ROLES } from "../../../domain/auth/roles.ts";

export const emailSchema = z
  .string()
  .trim()
  .max(320, "The email address is too long.")
  .pipe(z.email("Give a valid email address."));

export const newUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "Give a name.").max(120, "The name is too long (120 characters at most)."),
  role: z.enum(ROLES, "Choose a role: ADMIN, EDITOR, REVIEWER or VIEWER."),
  password: z.string(),
});

export type NewUserInput = z.infer<typeof newUserSchema>;
