import type { RouterOutputs } from "@skridt/api";
import { Alert, Button, Card, FormField, QueryState } from "@skridt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import "./ownership.css";

type TOwnership = RouterOutputs["programme"]["ownership"];

/**
 * Who owns the programme (issue 11, item 4), for administrators: the owner's administrators can
 * hand ownership to another organisation taking part (choose, then confirm); the others see who
 * owns it and which administrators to ask.
 */
export function OwnershipSection({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const ownership = useQuery(trpc.programme.ownership.queryOptions({ organisationId, programmeId }));
  const [handedTo, setHandedTo] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  return (
    <Card title={t("ownership.title")} headingLevel={2}>
      {handedTo ? (
        <Alert tone="success" ref={noticeRef}>
          <p>{t("ownership.done", { to: handedTo })}</p>
        </Alert>
      ) : null}
      <QueryState query={ownership} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) => (
          <>
            <p>{t("ownership.owner", { owner: data.owner.name })}</p>
            <p className="hint">{t("ownership.whatItMeans")}</p>
            {data.isOwner ? (
              <HandOverForm
                programmeId={programmeId}
                data={data}
                onDone={(to) => {
                  setHandedTo(to);
                  requestAnimationFrame(() => noticeRef.current?.focus());
                }}
              />
            ) : (
              <OwnerAdmins data={data} />
            )}
          </>
        )}
      </QueryState>
    </Card>
  );
}

function OwnerAdmins({ data }: { data: TOwnership }) {
  const { t } = useTranslation();
  if (data.ownerAdmins.length === 0) return <p>{t("ownership.noOwnerAdmins", { owner: data.owner.name })}</p>;
  return (
    <>
      <p>{t("ownership.askOwner", { owner: data.owner.name })}</p>
      <ul className="ownership-admins">
        {data.ownerAdmins.map((a) => (
          <li key={a.email}>
            {a.name}, <a href={`mailto:${a.email}`}>{a.email}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

function HandOverForm({ programmeId, data, onDone }: { programmeId: string; data: TOwnership; onDone: (to: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const handOver = useMutation(trpc.programme.handOver.mutationOptions());
  const [chosen, setChosen] = useState("");
  const [showError, setShowError] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const confirmId = useId();
  const to = data.candidates.find((c) => c.id === chosen);

  if (data.candidates.length === 0) return <p>{t("ownership.noCandidates")}</p>;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!to) {
      setShowError(true);
      return;
    }
    handOver.reset();
    setConfirming(true);
    requestAnimationFrame(() => confirmRef.current?.focus());
  };
  const cancel = () => {
    setConfirming(false);
    handOver.reset();
    requestAnimationFrame(() => submitRef.current?.focus());
  };
  const onConfirm = async () => {
    if (!to) return;
    const ok = await handOver.mutateAsync({ organisationId, programmeId, toOrganisationId: to.id }).catch(() => null);
    if (!ok) return;
    // Who may edit changes everywhere on the page: the plan, care, reminders and norms read the list's isOwner.
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.programme.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.programme.ownership.pathKey() }),
    ]);
    onDone(ok.owner.name);
  };

  return (
    <>
      <p>{t("ownership.handOverIntro")}</p>
      <form onSubmit={onSubmit} noValidate className="form">
        <FormField label={t("ownership.to")} error={showError && !to ? t("ownership.chooseError") : undefined}>
          {(field) => (
            <select
              {...field}
              value={chosen}
              disabled={confirming}
              onChange={(e) => {
                setChosen(e.target.value);
                setShowError(false);
              }}
            >
              <option value="">{t("ownership.choose")}</option>
              {data.candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {confirming && to ? (
          // The confirm step replaces the button and takes focus, so it cannot be clicked past.
          <div className="confirm" ref={confirmRef} tabIndex={-1} role="group" aria-labelledby={confirmId}>
            <p id={confirmId}>
              <strong>{t("ownership.confirmTitle", { to: to.name })}</strong>
            </p>
            <p>{t("ownership.confirmText", { to: to.name })}</p>
            {handOver.error ? (
              <Alert tone="error">
                <p>{t(`errors.${errorKey(handOver.error)}`)}</p>
              </Alert>
            ) : null}
            <div className="form-actions">
              <Button variant="danger" busy={handOver.isPending} onClick={() => void onConfirm()}>
                {t("ownership.confirm", { to: to.name })}
              </Button>
              <Button variant="secondary" onClick={cancel}>
                {t("ownership.cancel")}
              </Button>
            </div>
          </div>
        ) : (
          <Button ref={submitRef} type="submit" variant="secondary">
            {t("ownership.handOver")}
          </Button>
        )}
      </form>
    </>
  );
}
