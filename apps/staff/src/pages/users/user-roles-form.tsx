import type { RouterOutputs } from "@skridt/api";
import { ROLES, type TRole } from "@skridt/validators";
import { Alert, Button } from "@skridt/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useOrganisationId, useSession } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { UserActiveControl } from "./user-active-control";

type User = RouterOutputs["user"]["list"]["users"][number];

/** One staff member's roles as checkboxes; saved together so a half-edited set is never stored. */
export function UserRolesForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const { me } = useSession();
  const [roles, setRoles] = useState<TRole[]>(user.roles.filter((r): r is TRole => (ROLES as readonly string[]).includes(r)));
  const [saved, setSaved] = useState(false);
  const setUserRoles = useMutation(trpc.user.setRoles.mutationOptions());
  const changed = roles.length !== user.roles.length || roles.some((r) => !user.roles.includes(r));
  const headingId = `user-${user.id}`;

  const toggle = (role: TRole, on: boolean) => {
    setSaved(false);
    setRoles((current) => (on ? [...current, role] : current.filter((r) => r !== role)));
  };

  const save = async () => {
    try {
      await setUserRoles.mutateAsync({ organisationId, userId: user.id, roles });
    } catch {
      return;
    }
    setSaved(true);
    await queryClient.invalidateQueries({ queryKey: trpc.user.list.pathKey() });
    // Changing one's own roles changes one's own navigation.
    await queryClient.invalidateQueries({ queryKey: trpc.auth.me.pathKey() });
  };

  return (
    <article className="user-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{user.name}</h3>
      <p className="user-card__email">{user.email}</p>
      <p className="user-card__status">
        {user.disabled ? (
          <span className="badge badge--withdrawn">{t("users.disabled")}</span>
        ) : (
          <span className="badge badge--submitted">{t("users.active")}</span>
        )}
        {user.disabled ? <> {t("users.disabledHint")}</> : null}
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <fieldset className="user-card__roles">
          <legend>{t("users.rolesFor", { name: user.name })}</legend>
          {ROLES.map((role) => (
            <label key={role} className="ui-choice">
              <input type="checkbox" checked={roles.includes(role)} onChange={(event) => toggle(role, event.target.checked)} />
              {t(`roles.${role}`)}
            </label>
          ))}
        </fieldset>
        {changed && roles.length === 0 ? (
          <Alert tone="info">
            <p>{t("users.noRolesWarning", { name: user.name })}</p>
          </Alert>
        ) : null}
        {setUserRoles.error ? (
          <Alert tone="error">
            <p>{t(`errors.${errorKey(setUserRoles.error)}`)}</p>
          </Alert>
        ) : null}
        {saved && !changed ? (
          <Alert tone="success">
            <p>{t("users.rolesSaved", { name: user.name })}</p>
          </Alert>
        ) : null}
        <Button type="submit" variant="secondary" disabled={!changed} busy={setUserRoles.isPending}>
          {/* Visible text stays short; the accessible name says whose roles (several such buttons per page). */}
          <span aria-hidden="true">{t("users.saveRoles")}</span>
          <span className="ui-visually-hidden">{t("users.saveRolesFor", { name: user.name })}</span>
        </Button>
      </form>
      {/* An admin cannot deactivate themselves (the API refuses it too). */}
      {user.id === me.id ? null : <UserActiveControl user={user} />}
    </article>
  );
}
