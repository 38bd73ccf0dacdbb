import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button } from "@skridt/ui";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useMemo, useRef } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { errorKey } from "../../errors";
import { useLang } from "../../i18n/use-lang";
import { formatDay, today } from "../../lib/format";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { endFormSchema } from "./end-form-schema";
import { EndFields } from "./end-fields";
import { useRefreshParticipant } from "./use-refresh-participant";

type Schema = ReturnType<typeof endFormSchema>;

/** The last day and why: the participation then counts as ended everywhere (due list, evaluation, retention). */
export function EndParticipationForm({
  participantId,
  enrolledOn,
  onEnded,
  onCancel,
}: {
  participantId: string;
  enrolledOn: string;
  onEnded: (endedOn: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const refresh = useRefreshParticipant();
  const end = useMutation(trpc.participant.end.mutationOptions());
  const now = today();
  const schema = useMemo(
    () =>
      endFormSchema(
        { enrolledOn, today: now },
        {
          required: t("validation.required"),
          beforeEnrolment: t("lifecycle.beforeEnrolment", { date: formatDay(enrolledOn, lang) }),
          inFuture: t("lifecycle.inFuture"),
        },
      ),
    [enrolledOn, now, t, lang],
  );
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({ resolver: zodResolver(schema), defaultValues: { endedOn: now, reason: "" } });
  const { errors } = form.formState;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await end.mutateAsync({ organisationId, participantId, endedOn: values.endedOn, reason: values.reason });
    } catch {
      return; // end.error is shown above the buttons.
    }
    await refresh();
    onEnded(values.endedOn);
  });

  return (
    <form className="panel form" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="end-participation-title">
      <h2 id="end-participation-title" tabIndex={-1} ref={headingRef}>
        {t("lifecycle.endTitle")}
      </h2>
      <p>{t("lifecycle.endIntro")}</p>
      <EndFields
        endedOn={form.register("endedOn")}
        reason={form.register("reason")}
        errors={{ endedOn: errors.endedOn?.message, reason: errors.reason?.message }}
        min={enrolledOn}
        max={now}
      />
      {end.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(end.error)}`)}</p>
        </Alert>
      ) : null}
      <div className="form-actions">
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("lifecycle.endSubmit")}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
