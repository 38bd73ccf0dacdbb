import type { TEntryMode } from "@skridt/validators";
import type { TInstrument, TOccasion } from "@skridt/instruments/client";
import { Outbox, useOutboxAnswers, type FailurePolicy, type LoadedSurvey, type SubmitResult, type SurveyAnswers } from "@skridt/questionnaire";
import { TRPCClientError } from "@trpc/client";
import { useCallback, useEffect, useMemo, useState } from "react";
import { errorKey, type ErrorKey } from "../../errors";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPCClient } from "../../trpc";

type Load = { status: "loading" } | { status: "problem"; problem: ErrorKey } | { status: "ready"; survey: LoadedSurvey };

/** Errors after which no further answer can be saved here: the survey is closed or no longer ours. */
const STOPPING: readonly ErrorKey[] = ["already_submitted", "survey_closed", "not_found", "forbidden", "not_signed_in"];

/** A request that never got an answer from our server (offline, proxy, abort) is worth retrying. */
function isNetworkFailure(error: unknown): boolean {
  return !(error instanceof TRPCClientError) || !error.data;
}

function classify(error: unknown): { policy: FailurePolicy; offline: boolean } {
  if (isNetworkFailure(error)) return { policy: "retry", offline: true };
  const key = errorKey(error);
  // The answer itself is wrong: retrying cannot help, and it must not hold up the rest.
  if (key === "invalid_answer" || key === "unknown_item" || key === "invalid_input") {
    return { policy: "drop", offline: false };
  }
  if (STOPPING.includes(key)) return { policy: "stop", offline: false };
  return { policy: "retry", offline: false };
}

/**
 * A participant's survey as a mentor fills it in: the staff procedures as the transport, and
 * the participant app's outbox in memory (a staff computer keeps no answers in storage), so
 * answers are sent in order, once each, and wait through a dropped connection.
 */
export function useEntrySurvey(surveyId: string, mode: TEntryMode) {
  const client = useTRPCClient();
  const organisationId = useOrganisationId();
  const [load, setLoad] = useState<Load>({ status: "loading" });
  const [answers, setAnswers] = useState<SurveyAnswers>({});
  const [attempt, setAttempt] = useState(0);
  const [submitted, setSubmitted] = useState(false);
  const ref = useMemo(() => ({ organisationId, surveyId, mode }), [organisationId, surveyId, mode]);

  const outbox = useMemo(
    () =>
      new Outbox({
        storage: null,
        storageKey: `skridt.staff-entry.${surveyId}`,
        send: async (answer) => {
          await client.surveyEntry.saveAnswer.mutate({ ...ref, ...answer });
        },
        classify,
        isOnline: () => navigator.onLine,
        onRefused: (error) => {
          if (classify(error).policy === "stop") setLoad({ status: "problem", problem: errorKey(error) });
        },
      }),
    [client, ref, surveyId],
  );

  useEffect(() => {
    const resume = () => outbox.resume();
    window.addEventListener("online", resume);
    return () => {
      window.removeEventListener("online", resume);
      outbox.dispose();
    };
  }, [outbox]);

  useEffect(() => {
    let cancelled = false;
    setLoad({ status: "loading" });
    client.surveyEntry.open.query(ref).then(
      (result) => {
        if (cancelled) return;
        setAnswers(Object.fromEntries(result.instruments.map(({ definition, answers: stored }) => [definition.id, { ...stored }])) as SurveyAnswers);
        setLoad({
          status: "ready",
          survey: {
            occasion: result.occasion as TOccasion,
            instruments: result.instruments.map((i) => i.definition as TInstrument),
            respondent: "participant",
            aboutFirstName: null,
          },
        });
      },
      (error: unknown) => {
        if (!cancelled) setLoad({ status: "problem", problem: errorKey(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, ref, attempt]);

  /** Records an answer: shown at once, queued, sent when possible. */
  const { status, answer } = useOutboxAnswers(outbox, setAnswers);

  /** Sends the questionnaire once every answer has reached the server; a paper form may carry the day it was filled in. */
  const submit = useCallback(
    async (filledOn?: string): Promise<SubmitResult> => {
      try {
        await outbox.whenEmpty();
        await client.surveyEntry.submit.mutate({ ...ref, ...(filledOn ? { filledOn } : {}) });
        outbox.clear();
        setSubmitted(true);
        return { ok: true };
      } catch (error) {
        if (isNetworkFailure(error)) return { ok: false, reason: "offline" };
        const key = errorKey(error);
        if (key === "answers_incomplete") {
          const detail = (error as TRPCClientError<never>).data as { detail?: { missing?: { instrumentId: string; itemId: string }[] } } | undefined;
          return { ok: false, reason: "incomplete", missing: detail?.detail?.missing ?? [] };
        }
        if (STOPPING.includes(key)) setLoad({ status: "problem", problem: key });
        return { ok: false, reason: "failed" };
      }
    },
    [client, outbox, ref],
  );

  return { load, answers, answer, status, submit, submitted, retry: () => setAttempt((n) => n + 1) };
}
