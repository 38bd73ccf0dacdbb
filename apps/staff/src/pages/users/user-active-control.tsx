import type { RouterOutputs } from "@skridt/api";
import { Alert, Button } from "@skridt/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";

type User = RouterOutputs["user"]["list"]["users"][number];

/**
 * Deactivates or reactivates one staff account, after a confirmation that says in plain words
 * what happens. The notice outlives the list's refresh, so it is kept here, not in the list.
 */
export function UserActiveControl({ user }: { user: User }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const setActive = useMutation(trpc.user.setActive.mutationOptions());
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<"deactivated" | "reactivated" | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const confirmId = `user-${user.id}-active-confirm`;
  const activate = user.disabled;

  const onConfirm = async () => {
    try {
      await setActive.mutateAsync({ organisationId, userId: user.id, active: activate });
    } catch {
      return;
    }
    setConfirming(false);
    setDone(activate ? "reactivated" : "deactivated");
    await queryClient.invalidateQueries({ queryKey: trpc.user.list.pathKey() });
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  const cancel = () => {
    setConfirming(false);
    setActive.reset();
    requestAnimationFrame(() => toggleRef.current?.focus());
  };

  return (
    <div className="user-card__active">
      {done ? (
        <Alert tone="success" ref={noticeRef}>
          <p>{t(`users.${done}`, { name: user.name })}</p>
        </Alert>
      ) : null}
      {confirming ? (
        // The confirm step replaces the button and takes focus, so it cannot be missed or clicked past.
        <div className="confirm" ref={confirmRef} tabIndex={-1} role="group" aria-labelledby={confirmId}>
          <p id={confirmId}>{t(activate ? "users.confirmReactivate" : "users.confirmDeactivate", { name: user.name })}</p>
          {setActive.error ? (
            <Alert tone="error">
              <p>{t(`errors.${errorKey(setActive.error)}`)}</p>
            </Alert>
          ) : null}
          <div className="form-actions">
            <Button variant={activate ? "primary" : "danger"} busy={setActive.isPending} onClick={() => void onConfirm()}>
              {t(activate ? "users.confirmReactivateYes" : "users.confirmDeactivateYes", { name: user.name })}
            </Button>
            <Button variant="secondary" onClick={cancel}>
              {t("common.cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <Button
          ref={toggleRef}
          variant={activate ? "secondary" : "danger"}
          onClick={() => {
            setDone(null);
            setConfirming(true);
            requestAnimationFrame(() => confirmRef.current?.focus());
          }}
        >
          {/* Visible text stays short; the accessible name says whom (several such buttons per page). */}
          <span aria-hidden="true">{t(activate ? "users.reactivate" : "users.deactivate")}</span>
          <span className="ui-visually-hidden">{t(activate ? "users.reactivateFor" : "users.deactivateFor", { name: user.name })}</span>
        </Button>
      )}
    </div>
  );
}
