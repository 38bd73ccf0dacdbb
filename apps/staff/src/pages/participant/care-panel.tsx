import { zodResolver } from "@hookform/resolvers/zod";
import type { RouterOutputs } from "@skridt/api";
import { CARE_OUTCOMES, ZCareFollowUp } from "@skridt/validators";
import { Alert, Button, Card, FormField } from "@skridt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { errorKey } from "../../errors";
import { formatDay, today } from "../../lib/format";
import { useLang } from "../../i18n/use-lang";
import { useOrganisationId } from "../../shell/session-context";
import { useSuccessNotice } from "../../shell/use-success-notice";
import { useTRPC } from "../../trpc";
import "./care-consent.css";

type TCareQuestionnaire = RouterOutputs["care"]["participant"][number];
const ZFollowUpForm = ZCareFollowUp.pick({ outcome: true, followedUpOn: true });
type Input = z.input<typeof ZFollowUpForm>;
type Output = z.output<typeof ZFollowUpForm>;

/** Scales with care rules, by name (only WHO-5 has a sourced care threshold today). */
const SCALE_NAMES: Record<string, string> = { "who5/who5": "WHO-5" };

/**
 * Shown on the participant's page when a questionnaire called for care (the due list's "tag
 * kontakt"): what was seen, and a record of who followed up, when and how. Nothing when no
 * questionnaire ever called for care.
 */
export function CarePanel({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const care = useQuery(trpc.care.participant.queryOptions({ organisationId, participantId }));
  const items = care.data ?? [];
  if (items.length === 0) return null;
  // Only the latest questionnaire is still to be followed up (as on the due list); older ones are history.
  const open = items.filter((i) => i.current && !i.resolved);
  const done = items.filter((i) => !(i.current && !i.resolved));

  return (
    <Card title={t("carePanel.title")} headingLevel={2} className="care-panel" id="care">
      {open.length > 0 ? <p>{t("carePanel.intro")}</p> : null}
      {open.map((item) => (
        <CareItem key={item.surveyId} item={item} participantId={participantId} />
      ))}
      {done.length > 0 ? (
        <details className="care-panel__done" open={open.length === 0}>
          <summary>{t("carePanel.resolvedTitle")}</summary>
          {done.map((item) => (
            <div key={item.surveyId}>
              <h3 className="care-panel__heading">
                {t("carePanel.questionnaire", {
                  occasion: t(`carePanel.occasion_${item.occasion}`, { defaultValue: item.occasion }),
                  date: formatDay(item.submittedOn, lang),
                })}
              </h3>
              <Signals item={item} />
              <History item={item} />
            </div>
          ))}
        </details>
      ) : null}
    </Card>
  );
}

function CareItem({ item, participantId }: { item: TCareQuestionnaire; participantId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const id = useId();
  const followUp = useMutation(trpc.care.followUp.mutationOptions());
  const notice = useSuccessNotice();
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(ZFollowUpForm), defaultValues: { outcome: "contacted", followedUpOn: today() } });

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await followUp.mutateAsync({ organisationId, participantId, surveyId: item.surveyId, ...values });
    } catch {
      return;
    }
    notice.show(t("carePanel.recorded"));
    await queryClient.invalidateQueries({ queryKey: trpc.care.participant.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.caseload.due.pathKey() });
  });

  return (
    <section className="care-panel__item" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="care-panel__heading">
        {t("carePanel.questionnaire", {
          occasion: t(`carePanel.occasion_${item.occasion}`, { defaultValue: item.occasion }),
          date: formatDay(item.submittedOn, lang),
        })}
      </h3>
      <Signals item={item} />
      <History item={item} />
      {notice.element}
      <form className="form care-panel__form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
        <fieldset>
          <legend>{t("carePanel.outcomeLegend")}</legend>
          {CARE_OUTCOMES.map((outcome) => (
            <label key={outcome} className="ui-choice">
              <input type="radio" value={outcome} {...form.register("outcome")} />
              {t(`carePanel.outcome_${outcome}`)}
            </label>
          ))}
        </fieldset>
        <FormField label={t("carePanel.followedUpOn")} error={form.formState.errors.followedUpOn ? t("validation.date") : undefined}>
          {(field) => <input {...field} {...form.register("followedUpOn")} type="date" min={item.submittedOn} max={today()} required />}
        </FormField>
        {followUp.error ? (
          <Alert tone="error">
            <p>{t(`errors.${errorKey(followUp.error)}`)}</p>
          </Alert>
        ) : null}
        <div className="form-actions">
          <Button type="submit" busy={followUp.isPending}>
            {t("carePanel.submit")}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** What the scores showed, in words with the rule's threshold. */
function Signals({ item }: { item: TCareQuestionnaire }) {
  const { t } = useTranslation();
  const lang = useLang();
  const scale = (s: { instrumentId: string; scaleId: string }) => SCALE_NAMES[`${s.instrumentId}/${s.scaleId}`] ?? s.instrumentId;
  const round = (n: number) => String(Math.round(n * 10) / 10).replace(".", lang === "da" ? "," : ".");
  return (
    <ul>
      {item.signals.map((s) => (
        <li key={`${s.kind}-${s.instrumentId}-${s.scaleId}`}>
          {t(`carePanel.signal_${s.kind}`, {
            scale: scale(s),
            value: round(s.value),
            previous: s.previous === undefined ? "" : round(s.previous),
            threshold: round(s.threshold),
          })}
        </li>
      ))}
    </ul>
  );
}

function History({ item }: { item: TCareQuestionnaire }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (item.followUps.length === 0) return null;
  return (
    <ul className="care-panel__history">
      {item.followUps.map((f, i) => (
        <li key={i}>
          {t("carePanel.history", {
            outcome: t(`carePanel.outcome_${f.outcome}`, { defaultValue: f.outcome }),
            date: formatDay(f.followedUpOn, lang),
            by: f.by ?? t("carePanel.unknownStaff"),
          })}
        </li>
      ))}
    </ul>
  );
}
