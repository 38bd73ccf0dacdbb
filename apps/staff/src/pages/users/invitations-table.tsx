import type { RouterOutputs } from "@skridt/api";
import { Alert, Button } from "@skridt/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { formatDay } from "../../lib/format";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { useLang } from "../../i18n/use-lang";

type Invitation = RouterOutputs["user"]["list"]["invitations"][number];

export function InvitationsTable({ invitations }: { invitations: readonly Invitation[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const revoke = useMutation(trpc.user.revokeInvitation.mutationOptions());
  const [revokedName, setRevokedName] = useState<string | null>(null);

  const onRevoke = async (invitation: Invitation) => {
    setRevokedName(null);
    try {
      await revoke.mutateAsync({ organisationId, invitationId: invitation.id });
    } catch {
      return;
    }
    setRevokedName(invitation.name);
    await queryClient.invalidateQueries({ queryKey: trpc.user.list.pathKey() });
  };

  return (
    <>
      {revokedName ? (
        <Alert tone="success">
          <p>{t("users.revoked", { name: revokedName })}</p>
        </Alert>
      ) : null}
      {revoke.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(revoke.error)}`)}</p>
        </Alert>
      ) : null}
      {invitations.length === 0 ? (
        <p>{t("users.noInvitations")}</p>
      ) : (
        <div className="table-wrap" role="region" aria-label={t("users.invitationsCaption")} tabIndex={0}>
          <table className="table">
            <caption className="ui-visually-hidden">{t("users.invitationsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("users.name")}</th>
                <th scope="col">{t("users.email")}</th>
                <th scope="col">{t("users.role")}</th>
                <th scope="col">{t("users.expires")}</th>
                <th scope="col">{t("users.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr key={invitation.id}>
                  <th scope="row">{invitation.name}</th>
                  <td>{invitation.email}</td>
                  <td>{t(`roles.${invitation.role}`)}</td>
                  <td>{formatDay(String(invitation.expiresAt), lang)}</td>
                  <td>
                    <Button
                      variant="danger"
                      busy={revoke.isPending && revoke.variables?.invitationId === invitation.id}
                      onClick={() => void onRevoke(invitation)}
                    >
                      <span aria-hidden="true">{t("users.revoke")}</span>
                      <span className="ui-visually-hidden">{t("users.revokeFor", { name: invitation.name })}</span>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
