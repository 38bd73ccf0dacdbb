import { useDocumentTitle } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { QueryError } from "../../shell/query-error";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { InvitationsTable } from "./invitations-table";
import { InviteUserForm } from "./invite-user-form";
import { UserRolesForm } from "./user-roles-form";

/** Staff administration: roles per user, invitations by one-time link. */
export function UsersPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const users = useQuery(trpc.user.list.queryOptions({ organisationId }));
  useDocumentTitle(t("users.title"));

  return (
    <>
      <h1>{t("users.title")}</h1>
      <QueryError error={users.error} />
      {users.isPending ? <p role="status">{t("common.loading")}</p> : null}
      <InviteUserForm />
      {users.data ? (
        <>
          <h2>{t("users.invitationsTitle")}</h2>
          <InvitationsTable invitations={users.data.invitations} />
          <h2>{t("users.staffTitle")}</h2>
          <ul className="user-list">
            {users.data.users.map((user) => (
              <li key={user.id}>
                <UserRolesForm user={user} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
