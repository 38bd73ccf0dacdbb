import type { RouterOutputs } from "@skridt/api";
import { OCCASIONS } from "@skridt/validators";
import { Alert, Button, FormField } from "@skridt/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorKey, errorProblems } from "../../errors";
import { useOrganisationId } from "../../shell/session-context";
import type { Occasion } from "../../lib/survey-link";
import { useTRPC } from "../../trpc";
import { PlanOccasionFieldset } from "./plan-occasion-fieldset";

type PlanData = RouterOutputs["programme"]["plan"];

/** The administrator's form for a programme's measurement plan; targets are kept as they are. */
export function PlanEditor({ programmeId, data }: { programmeId: string; data: PlanData }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const save = useMutation(trpc.programme.setPlan.mutationOptions());
  const [occasions, setOccasions] = useState<Record<Occasion, string[]>>(() => ({
    start: [...data.plan.occasions.start],
    end: [...data.plan.occasions.end],
    followup: [...data.plan.occasions.followup],
  }));
  const [months, setMonths] = useState(data.plan.followupMonths ? String(data.plan.followupMonths) : "");
  const [monthsError, setMonthsError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const [moved, setMoved] = useState("");
  const resultRef = useRef<HTMLDivElement>(null);
  const monthsRef = useRef<HTMLInputElement>(null);
  const hasFollowup = occasions.followup.length > 0;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const followupMonths = Number(months);
    if (hasFollowup && (!Number.isInteger(followupMonths) || followupMonths < 1 || followupMonths > 60)) {
      setMonthsError(months.trim() === "" ? t("plan.followupMonthsMissing") : t("validation.number"));
      requestAnimationFrame(() => monthsRef.current?.focus());
      return;
    }
    setMonthsError(undefined);
    try {
      await save.mutateAsync({
        organisationId,
        programmeId,
        // Months only mean something with follow-up instruments; without them they are dropped.
        plan: { occasions, targets: data.plan.targets, ...(hasFollowup ? { followupMonths } : {}) },
      });
    } catch {
      requestAnimationFrame(() => resultRef.current?.focus());
      return;
    }
    setSaved(true);
    await queryClient.invalidateQueries({ queryKey: trpc.programme.plan.pathKey() });
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  const problems = errorProblems(save.error);

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      {saved ? (
        <Alert tone="success" ref={resultRef}>
          <p>{t("plan.saved")}</p>
        </Alert>
      ) : null}
      {save.error ? (
        <Alert tone="error" ref={resultRef}>
          <p>{t(`errors.${errorKey(save.error)}`)}</p>
          {problems.length > 0 ? (
            <ul>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {OCCASIONS.map((occasion) => (
        <PlanOccasionFieldset
          key={occasion}
          occasion={occasion}
          instruments={data.instruments.filter((i) => i.occasions.includes(occasion))}
          chosen={occasions[occasion]}
          onChange={(ids) => {
            setSaved(false);
            setOccasions((current) => ({ ...current, [occasion]: ids }));
          }}
          onMoved={(title, position, count) => setMoved(t("plan.moved", { title, position, count }))}
        />
      ))}
      <p role="status" className="ui-visually-hidden">
        {moved}
      </p>
      {hasFollowup ? (
        <FormField label={t("plan.followupMonths")} description={t("plan.followupMonthsHelp")} error={monthsError}>
          {(field) => (
            <input
              {...field}
              ref={monthsRef}
              type="number"
              inputMode="numeric"
              min={1}
              max={60}
              required
              value={months}
              onChange={(event) => setMonths(event.target.value)}
            />
          )}
        </FormField>
      ) : null}
      <Button type="submit" busy={save.isPending}>
        {t("plan.submit")}
      </Button>
    </form>
  );
}
