import { Alert, Button, Card, FormField, QueryState } from "@skridt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";

const SLOTS = 3;

/** A typed reminder day: null when empty, NaN when not a whole number of days from 1 to 60. */
function dayOf(typed: string): number | null {
  if (typed.trim() === "") return null;
  const n = Number(typed.trim());
  return Number.isInteger(n) && n >= 1 && n <= 60 ? n : Number.NaN;
}

/**
 * The programme's reminder days (Programme.reminderDays, issue 13): a shared setting, changed
 * by the owning organisation's administrators; other administrators read it.
 */
export function ReminderDaysSection({ programmeId, mayEdit, owner }: { programmeId: string; mayEdit: boolean; owner: string | undefined }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const reminders = useQuery(trpc.message.reminderDays.queryOptions({ organisationId, programmeId }));
  return (
    <Card title={t("reminders.title")} headingLevel={2}>
      <p>{t("reminders.intro")}</p>
      <QueryState query={reminders} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) =>
          mayEdit ? (
            <ReminderDaysForm programmeId={programmeId} days={data.days} />
          ) : (
            <>
              <p>
                {data.days.length === 0
                  ? t("reminders.none")
                  : t("reminders.current", { count: data.days[data.days.length - 1], days: data.days.join(t("reminders.and")) })}
              </p>
              {owner ? <p className="hint">{t("reminders.notOwner", { owner })}</p> : null}
            </>
          )
        }
      </QueryState>
    </Card>
  );
}

function ReminderDaysForm({ programmeId, days }: { programmeId: string; days: number[] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const save = useMutation(trpc.message.setReminderDays.mutationOptions());
  const [typed, setTyped] = useState<string[]>(() => Array.from({ length: SLOTS }, (_, i) => (days[i] === undefined ? "" : String(days[i]))));
  const [showErrors, setShowErrors] = useState(false);
  const [saved, setSaved] = useState(false);
  const parsed = typed.map(dayOf);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setShowErrors(true);
    if (parsed.some((d) => d !== null && Number.isNaN(d))) return;
    const chosen = parsed.filter((d): d is number => d !== null);
    const ok = await save.mutateAsync({ organisationId, programmeId, days: chosen }).catch(() => null);
    if (!ok) return;
    queryClient.setQueryData(trpc.message.reminderDays.queryKey({ organisationId, programmeId }), { days: ok.days });
    setTyped(Array.from({ length: SLOTS }, (_, i) => (ok.days[i] === undefined ? "" : String(ok.days[i]))));
    setShowErrors(false);
    setSaved(true);
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="form">
      {typed.map((value, i) => (
        <FormField
          key={i}
          label={t("reminders.day", { number: i + 1 })}
          description={i === 0 ? t("reminders.dayHelp") : undefined}
          error={showErrors && Number.isNaN(parsed[i]) ? t("reminders.dayInvalid") : undefined}
        >
          {(field) => (
            <input
              {...field}
              type="text"
              inputMode="numeric"
              value={value}
              onChange={(e) => setTyped((ts) => ts.map((x, j) => (j === i ? e.target.value : x)))}
            />
          )}
        </FormField>
      ))}
      {save.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(save.error)}`)}</p>
        </Alert>
      ) : null}
      {saved ? (
        <Alert tone="success">
          <p>{t("reminders.saved")}</p>
        </Alert>
      ) : null}
      <Button type="submit" busy={save.isPending}>
        {t("reminders.submit")}
      </Button>
    </form>
  );
}
