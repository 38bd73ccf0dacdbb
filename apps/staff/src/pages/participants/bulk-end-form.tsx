import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button } from "@skridt/ui";
import { useMutation } from "@tanstack/react-query";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ZDay, ZEndReason } from "@skridt/validators";
import { z } from "zod";
import { errorKey } from "../../errors";
import { today } from "../../lib/format";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { EndFields } from "../participant/end-fields";
import { filledIn } from "../participant/form-rules";
import { useRefreshParticipant } from "../participant/use-refresh-participant";
import { endRowProblems } from "./end-problems";

/**
 * A project's closing day: the chosen participations end on one day for one reason. The API
 * ends all of them or none; a refusal lists each row that stood in the way.
 */
export function BulkEndForm({
  selected,
  onEnded,
  onCancel,
}: {
  selected: readonly { id: string; code: string; name: string | null }[];
  onEnded: (count: number, endedOn: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const refresh = useRefreshParticipant();
  const endMany = useMutation(trpc.participant.endMany.mutationOptions());
  const now = today();
  const schema = useMemo(
    () =>
      z
        .object({
          endedOn: filledIn(ZDay),
          reason: z.union([z.literal(""), ZEndReason]).refine((value) => value !== "", { message: t("validation.required") }),
        })
        .refine((values) => values.endedOn <= now, { path: ["endedOn"], message: t("lifecycle.inFuture") }),
    [now, t],
  );
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { endedOn: now, reason: "" },
  });
  const { errors } = form.formState;
  const problems = endRowProblems(endMany.error);
  const nameOf = (id: string, code: string | null) => {
    const row = selected.find((r) => r.id === id);
    return row ? `${row.name ?? row.code} (${row.code})` : (code ?? t("participants.unknownRow"));
  };

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const { ended } = await endMany.mutateAsync({
        organisationId,
        participantIds: selected.map((r) => r.id),
        endedOn: values.endedOn,
        reason: values.reason as z.infer<typeof ZEndReason>,
      });
      await refresh();
      onEnded(ended, values.endedOn);
    } catch {
      // endMany.error and its rows are shown above the buttons.
    }
  });

  return (
    <form className="panel form" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="bulk-end-title">
      <h2 id="bulk-end-title">{t("participants.bulkEndTitle", { count: selected.length })}</h2>
      <p>{t("participants.bulkEndIntro")}</p>
      <EndFields
        endedOn={form.register("endedOn")}
        reason={form.register("reason")}
        errors={{ endedOn: errors.endedOn?.message, reason: errors.reason?.message }}
        max={now}
      />
      {endMany.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(endMany.error)}`)}</p>
          {problems.length > 0 ? (
            <ul>
              {problems.map((p) => (
                <li key={p.participantId}>
                  {nameOf(p.participantId, p.code)}: {t(`participants.endProblem_${p.problem}`)}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      <div className="form-actions">
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("participants.bulkEndSubmit", { count: selected.length })}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
