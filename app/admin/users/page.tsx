// User administration: admins only (others get 403).
import type { Metadata } from "next";
import { pageUser } from "@/server/pages/page-user";
import { listUsersFor } from "@/server/services/users/manage-users";
import { CreateUserForm, UserTable } from "@/ui/admin/user-admin";
import { changeRoleAction, createUserAction, setDisabledAction } from "./actions";
import { pageText } from "@/server/pages/page-text";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await pageText();
  return { title: t("admin.title") };
}
export const dynamic = "force-dynamic";

export default async function AdminUsersPage() {
  const { t } = await pageText();
  const me = await pageUser("user.manage");
  const users = (await listUsersFor(me)).map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    disabled: Boolean(u.disabledAt),
    isSelf: u.id === me.id,
  }));
  return (
    <>
      <h1>{t("admin.title")}</h1>
      <CreateUserForm action={createUserAction} />
      <UserTable users={users} roleAction={changeRoleAction} disableAction={setDisabledAction} />
    </>
  );
}
