import { Alert, Button, FormField, QueryState } from "@skridt/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { useRefreshParticipant } from "./use-refresh-participant";

/** An administrator moves the participant to another mentor of the organisation. */
export function ReassignMentorForm({
  participantId,
  currentMentorId,
  onReassigned,
  onCancel,
}: {
  participantId: string;
  currentMentorId: string | null;
  onReassigned: (mentorName: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const refresh = useRefreshParticipant();
  const mentors = useQuery(trpc.user.mentors.queryOptions({ organisationId }));
  const reassign = useMutation(trpc.participant.reassign.mutationOptions());
  const [mentorId, setMentorId] = useState("");
  const [missing, setMissing] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const others = (mentors.data ?? []).filter((m) => m.id !== currentMentorId);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = others.find((m) => m.id === mentorId);
    if (!chosen) {
      setMissing(true);
      return;
    }
    try {
      await reassign.mutateAsync({ organisationId, participantId, mentorId: chosen.id });
    } catch {
      return;
    }
    await refresh();
    onReassigned(chosen.name);
  };

  return (
    <form className="panel form" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="reassign-mentor-title">
      <h2 id="reassign-mentor-title" tabIndex={-1} ref={headingRef}>
        {t("lifecycle.reassignTitle")}
      </h2>
      <QueryState query={mentors} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {() =>
          others.length === 0 ? (
            <p>{t("lifecycle.noOtherMentors")}</p>
          ) : (
            <FormField label={t("lifecycle.newMentor")} error={missing ? t("validation.required") : undefined}>
              {(field) => (
                <select
                  {...field}
                  value={mentorId}
                  required
                  onChange={(event) => {
                    setMentorId(event.target.value);
                    setMissing(false);
                  }}
                >
                  <option value="">{t("lifecycle.chooseMentor")}</option>
                  {others.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          )
        }
      </QueryState>
      {reassign.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(reassign.error)}`)}</p>
        </Alert>
      ) : null}
      <div className="form-actions">
        {others.length > 0 ? (
          <Button type="submit" busy={reassign.isPending}>
            {t("lifecycle.reassignSubmit")}
          </Button>
        ) : null}
        <Button variant="secondary" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
