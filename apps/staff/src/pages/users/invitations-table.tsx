import type { RouterOutputs } from "@skridt/api";
import { Alert, Button, DataTable, type DataTableColumn } from "@skridt/ui";
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

  const columns: DataTableColumn<Invitation>[] = [
    { key: "name", header: t("users.name"), rowHeader: true, cell: (invitation) => invitation.name },
    { key: "email", header: t("users.email"), cell: (invitation) => invitation.email },
    { key: "role", header: t("users.role"), cell: (invitation) => t(`roles.${invitation.role}`) },
    { key: "expires", header: t("users.expires"), cell: (invitation) => formatDay(String(invitation.expiresAt), lang) },
    {
      key: "actions",
      header: t("users.actions"),
      cell: (invitation) => (
        <Button variant="danger" busy={revoke.isPending && revoke.variables?.invitationId === invitation.id} onClick={() => void onRevoke(invitation)}>
          <span aria-hidden="true">{t("users.revoke")}</span>
          <span className="ui-visually-hidden">{t("users.revokeFor", { name: invitation.name })}</span>
        </Button>
      ),
    },
  ];

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
      <DataTable
        caption={t("users.invitationsCaption")}
        columns={columns}
        rows={invitations}
        rowKey={(invitation) => invitation.id}
        empty={t("users.noInvitations")}
      />
    </>
  );
}
