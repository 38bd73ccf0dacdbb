import { QueryState, useDocumentTitle } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { InvitationsTable } from "./invitations-table";
import { InviteUserForm } from "./invite-user-form";
import { UserRolesForm } from "./user-roles-form";
import "./users.css";

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
      <InviteUserForm />
      {/* Loading and errors are said where the lists will be, under the form that works without them. */}
      <QueryState query={users} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) => (
          <>
            <h2>{t("users.invitationsTitle")}</h2>
            <InvitationsTable invitations={data.invitations} />
            <h2>{t("users.staffTitle")}</h2>
            <ul className="user-list">
              {data.users.map((user) => (
                <li key={user.id}>
                  <UserRolesForm user={user} />
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryState>
    </>
  );
}
