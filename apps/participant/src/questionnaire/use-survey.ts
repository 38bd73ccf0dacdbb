import type { TInstrument, TOccasion } from "@skridt/instruments/client";
import { Outbox, useOutboxAnswers, type FailurePolicy, type LoadedSurvey, type Respondent, type SubmitResult, type SurveyAnswers } from "@skridt/questionnaire";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { TApiErrorKey } from "@skridt/validators";
import { credentialKey, type Credential } from "../credential";
import { offlineCopy, type TOpenQuestionnaire } from "../offline/offline-copy";
import { timelineCopy } from "../timeline/timeline-copy";
import { api, errorDetail, errorKey } from "../trpc";

export type LinkProblem = "unknown" | "expired" | "withdrawn" | "submitted" | "tooMany" | "offline";

type Load =
  | { status: "loading" }
  | { status: "problem"; problem: LinkProblem; occasion?: TOccasion; respondent?: Respondent; expiresAt?: string }
  | { status: "ready"; survey: LoadedSurvey };

// Typed by the API's one list of error keys, so a renamed key does not compile.
const PROBLEMS: Partial<Record<TApiErrorKey, LinkProblem>> = {
  link_unknown: "unknown",
  link_expired: "expired",
  link_withdrawn: "withdrawn",
  already_submitted: "submitted",
  too_many_attempts: "tooMany",
};

/** The link problem behind a server error key, if it is one. */
function problemOf(key: string | null): LinkProblem | undefined {
  return key === null ? undefined : PROBLEMS[key as TApiErrorKey];
}

/** How the outbox treats a failed save. */
function classify(error: unknown): { policy: FailurePolicy; offline: boolean } {
  const key = errorKey(error);
  if (key === null) return { policy: "retry", offline: true };
  // The answer itself is wrong (a changed definition): retrying cannot help, and it must not block the rest.
  if (key === "invalid_answer" || key === "unknown_item") return { policy: "drop", offline: false };
  if (key in PROBLEMS && key !== "too_many_attempts") return { policy: "stop", offline: false };
  return { policy: "retry", offline: false };
}

const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
})();

/**
 * One questionnaire behind a credential: what the server has, overlaid with the answers still
 * in this device's outbox (they are newer), every change recorded through the outbox, and submit.
 */
export function useSurvey(credential: Credential) {
  const key = credentialKey(credential);
  const [load, setLoad] = useState<Load>({ status: "loading" });
  const [answers, setAnswers] = useState<SurveyAnswers>({});
  const [attempt, setAttempt] = useState(0);
  const [submitted, setSubmitted] = useState(false);
  const [expiresAt, setExpiresAt] = useState<string | null>(null);

  const outbox = useMemo(
    () =>
      new Outbox({
        storage,
        storageKey: `skridt.outbox.${key}`,
        send: async (answer) => {
          await api.take.saveAnswer.mutate({ ...credential, ...answer });
        },
        classify,
        isOnline: () => navigator.onLine,
        onRefused: (error) => {
          const problem = problemOf(errorKey(error));
          if (problem && classify(error).policy === "stop") {
            offlineCopy.forget(key);
            timelineCopy.forget(key);
            setLoad({ status: "problem", problem });
          }
        },
      }),
    // The credential's key stands for the credential itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );

  useEffect(() => {
    const resume = () => outbox.resume();
    window.addEventListener("online", resume);
    outbox.resume();
    return () => {
      window.removeEventListener("online", resume);
      outbox.dispose();
    };
  }, [outbox]);

  useEffect(() => {
    let cancelled = false;
    setLoad({ status: "loading" });
    const show = (result: TOpenQuestionnaire) => {
      const merged: SurveyAnswers = {};
      for (const { definition, answers: stored } of result.instruments) merged[definition.id] = { ...stored };
      // Answers this device has not yet delivered are newer than what the server holds.
      for (const pending of outbox.pending()) {
        merged[pending.instrumentId] = { ...merged[pending.instrumentId], [pending.itemId]: pending.value };
      }
      setAnswers(merged);
      setExpiresAt(result.expiresAt);
      if (result.state === "submitted") {
        outbox.clear();
        offlineCopy.forget(key);
        setLoad({
          status: "problem",
          problem: "submitted",
          occasion: result.occasion as TOccasion,
          respondent: result.respondent,
          expiresAt: result.expiresAt,
        });
        return;
      }
      setLoad({
        status: "ready",
        survey: {
          occasion: result.occasion as TOccasion,
          instruments: result.instruments.map((i) => i.definition as TInstrument),
          respondent: result.respondent,
          aboutFirstName: result.aboutFirstName,
        },
      });
    };
    api.take.open.query(credential).then(
      (result) => {
        if (cancelled) return;
        offlineCopy.save(key, result);
        show(result);
      },
      (error: unknown) => {
        if (cancelled) return;
        const errorProblem = problemOf(errorKey(error));
        // No connection: the copy kept from the last visit opens the questionnaire, answers queue.
        const copy = errorKey(error) === null ? offlineCopy.read(key) : null;
        if (copy) return show(copy);
        // A sent questionnaire's link whose "Mit forløb" was fetched before: the thanks and that copy.
        const timeline = errorKey(error) === null ? timelineCopy.read(key) : null;
        if (timeline) {
          setLoad({
            status: "problem",
            problem: "submitted",
            occasion: timeline.occasion as TOccasion,
            respondent: "participant",
            ...(timeline.expiresAt ? { expiresAt: timeline.expiresAt } : {}),
          });
          return;
        }
        if (errorProblem) {
          offlineCopy.forget(key);
          timelineCopy.forget(key);
        }
        setLoad({ status: "problem", problem: errorProblem ?? (errorKey(error) === null ? "offline" : "unknown") });
      },
    );
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt, outbox]);

  /** Records an answer: shown at once, queued, sent when possible. */
  const { status, answer } = useOutboxAnswers(outbox, setAnswers);

  /** Sends the questionnaire once every answer has reached the server. */
  const submit = useCallback(async (): Promise<SubmitResult> => {
    try {
      await outbox.whenEmpty();
      await api.take.submit.mutate(credential);
      outbox.clear();
      offlineCopy.forget(key);
      setSubmitted(true);
      return { ok: true };
    } catch (error) {
      const key = errorKey(error);
      if (key === "answers_incomplete") {
        const detail = errorDetail(error) as { missing?: { instrumentId: string; itemId: string }[] } | undefined;
        return { ok: false, reason: "incomplete", missing: detail?.missing ?? [] };
      }
      if (key === null) return { ok: false, reason: "offline" };
      const problem = problemOf(key);
      if (problem) {
        offlineCopy.forget(credentialKey(credential));
        timelineCopy.forget(credentialKey(credential));
        setLoad({ status: "problem", problem });
      }
      return { ok: false, reason: "failed" };
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [outbox, key]);

  return { load, answers, answer, status, submit, submitted, expiresAt, retry: () => setAttempt((n) => n + 1) };
}
