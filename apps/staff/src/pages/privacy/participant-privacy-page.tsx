import { Alert, Button, Card, FormField, QueryState, useDocumentTitle } from "@skridt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { errorKey } from "../../errors";
import { useOrganisationId, useSession } from "../../shell/session-context";
import { useTRPC, useTRPCClient } from "../../trpc";
import { ConsentsSection } from "./consents-section";
import { usePrivacyError } from "./privacy-error";

/** A participant's consents, and for administrators: their data as a file or page, and erasure. */
export function ParticipantPrivacyPage() {
  const { participantId = "" } = useParams();
  const { t } = useTranslation();
  const { roles } = useSession();
  const isAdmin = roles.includes("admin");
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const participant = useQuery(trpc.participant.get.queryOptions({ organisationId, participantId }));
  useDocumentTitle(t("privacy.title"));
  const name = participant.data ? (participant.data.name ?? participant.data.code) : "";

  return (
    <div className="page">
      <p>
        <Link to={`/participants/${participantId}`}>{t("privacy.back")}</Link>
      </p>
      <h1>
        {t("privacy.title")}
        {name ? <span className="cell-note"> {name}</span> : null}
      </h1>
      <QueryState query={participant} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) => (
          <>
            <ConsentsSection participantId={participantId} erased={data.name === null} />
            {isAdmin ? (
              <>
                <ExportSection participantId={participantId} code={data.code} />
                <EraseSection participantId={participantId} />
              </>
            ) : (
              <p>{t("privacy.export.adminOnly")}</p>
            )}
          </>
        )}
      </QueryState>
    </div>
  );
}

function ExportSection({ participantId, code }: { participantId: string; code: string }) {
  const { t } = useTranslation();
  const client = useTRPCClient();
  const organisationId = useOrganisationId();
  const errorText = usePrivacyError();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const record = await client.privacy.exportParticipant.query({ organisationId, participantId });
      const url = URL.createObjectURL(new Blob([JSON.stringify(record, null, 2)], { type: "application/json" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = `skridt-${code}-${new Date().toISOString().slice(0, 10)}.json`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t("privacy.export.title")} headingLevel={2} variant="plain">
      <p>{t("privacy.export.intro")}</p>
      <div className="form-actions">
        <Button busy={busy} onClick={() => void download()}>
          {t("privacy.export.download")}
        </Button>
        <Link className="ui-button ui-button--secondary" to={`/participants/${participantId}/privacy/record`}>
          {t("privacy.export.read")}
        </Link>
      </div>
      {error ? (
        <Alert tone="error">
          <p>{errorText(error)}</p>
        </Alert>
      ) : null}
    </Card>
  );
}

function EraseSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const errorText = usePrivacyError();
  const preview = useQuery(trpc.privacy.erasurePreview.queryOptions({ organisationId, participantId }));
  const erase = useMutation(trpc.privacy.eraseParticipant.mutationOptions());
  const [confirm, setConfirm] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    let mode: "anonymise" | "delete";
    try {
      mode = (await erase.mutateAsync({ organisationId, participantId, confirmCode: confirm })).mode;
    } catch {
      return;
    }
    setDone(t("privacy.erase.done", { mode: t(`privacy.erase.modes.${mode}`) }));
    requestAnimationFrame(() => doneRef.current?.focus());
    await queryClient.invalidateQueries();
  };

  return (
    <Card title={t("privacy.erase.title")} headingLevel={2} variant="plain" headingId="erase-title">
      {done ? (
        <Alert tone="success" ref={doneRef}>
          <p>{done}</p>
        </Alert>
      ) : null}
      <QueryState query={preview} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) =>
          done ? null : data.erased ? (
            <p>{t("privacy.erase.alreadyErased")}</p>
          ) : (
            <form className="panel form" onSubmit={(event) => void onSubmit(event)} aria-labelledby="erase-title">
              <p>{t(`privacy.erase.${data.mode}`, { programme: data.programme, code: data.code })}</p>
              <p>
                <strong>{t("privacy.erase.irreversible")}</strong>
              </p>
              <FormField label={t("privacy.erase.confirmLabel", { code: data.code })}>
                {(field) => <input {...field} value={confirm} onChange={(e) => setConfirm(e.target.value)} autoComplete="off" spellCheck={false} required />}
              </FormField>
              {erase.error ? (
                <Alert tone="error">
                  <p>{errorText(erase.error)}</p>
                </Alert>
              ) : null}
              <div className="form-actions">
                <Button type="submit" variant="danger" busy={erase.isPending} disabled={confirm.trim().toUpperCase() !== data.code.toUpperCase()}>
                  {t("privacy.erase.submit")}
                </Button>
              </div>
            </form>
          )
        }
      </QueryState>
    </Card>
  );
}
