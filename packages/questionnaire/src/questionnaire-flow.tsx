import { Button } from "@skridt/ui";
import type { TAnswerValue } from "@skridt/instruments/client";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { AllQuestionsPage } from "./all-questions-page";
import { IntroScreen } from "./intro-screen";
import type { OutboxStatus } from "./outbox";
import { QuestionScreen } from "./question-screen";
import { ReviewPage, type SendState } from "./review-page";
import { SaveStatus } from "./save-status";
import { buildScreens, firstUnanswered, missingAnswers, questionKey, type SurveyAnswers } from "./screens";
import type { LoadedSurvey, PositionStore, SubmitResult } from "./types";
import { useWideScreen } from "./use-wide-screen";
import { WelcomeNote, WelcomeScreen } from "./welcome-screen";

export interface QuestionnaireFlowProps {
  survey: LoadedSurvey;
  /** Where the current screen is remembered across reloads. */
  position: PositionStore;
  answers: SurveyAnswers;
  onAnswer: (instrumentId: string, itemId: string, value: TAnswerValue | null) => void;
  status: OutboxStatus;
  submit: () => Promise<SubmitResult>;
  /**
   * The first screen is the first question (the participant's own link): the welcome becomes a
   * short note above it, and each part's introduction stands above its first question instead
   * of on a screen of its own, so nobody taps twice before being asked anything.
   */
  startWithQuestion?: boolean;
}

/**
 * Where the participant is: a screen key plus a step from it. Next is "one after the screen I
 * was on", resolved against the screens of the next render, so a question that an answer just
 * made visible is not skipped.
 */
interface Position {
  key: string;
  step: -1 | 0 | 1;
}

export function QuestionnaireFlow({ survey, position: positionStore, answers, onAnswer, status, submit, startWithQuestion = false }: QuestionnaireFlowProps) {
  const { t } = useTranslation("questionnaire");
  const { instruments } = survey;
  const { screens, questionCount } = useMemo(() => {
    const built = buildScreens(instruments, answers);
    return startWithQuestion ? { ...built, screens: built.screens.filter((s) => s.kind === "question" || s.kind === "review") } : built;
  }, [instruments, answers, startWithQuestion]);
  const [position, setPosition] = useState<Position>(() => {
    const stored = positionStore.stored();
    if (stored) return { key: stored, step: 0 };
    // A returning participant (maybe on another device) continues at the first open question.
    const anyAnswer = Object.values(answers).some((given) => Object.values(given).some((v) => v !== null && v !== undefined));
    return { key: anyAnswer ? (firstUnanswered(screens, answers)?.key ?? "review") : screens[0]!.key, step: 0 };
  });
  const [returnToReview, setReturnToReview] = useState(false);
  const [missingNotice, setMissingNotice] = useState(false);
  const [send, setSend] = useState<SendState>("idle");
  const [allOnOnePage, setAllOnOnePage] = useState(false);
  const wide = useWideScreen();

  const lastIndex = useRef(0);
  const found = screens.findIndex((s) => s.key === position.key);
  const index = Math.max(0, Math.min(screens.length - 1, (found < 0 ? lastIndex.current : found) + position.step));
  lastIndex.current = index;
  const screen = screens[index] ?? screens[0]!;

  useEffect(() => positionStore.store(screen.key), [positionStore, screen.key]);

  // A new screen starts at its heading, for eyes (scrolled to the top) and for screen readers.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>("main h1")?.focus();
  }, [screen.key, allOnOnePage]);

  const goTo = (key: string, step: Position["step"] = 0) => {
    setMissingNotice(false);
    setPosition({ key, step });
  };
  const next = () => (returnToReview ? (setReturnToReview(false), goTo("review")) : goTo(screen.key, 1));
  const back = () => goTo(screen.key, -1);
  const showMissing = (missing: { instrumentId: string; itemId: string }) => {
    setReturnToReview(true);
    goTo(questionKey(missing.instrumentId, missing.itemId));
    setMissingNotice(true);
  };

  const onSubmit = async () => {
    const missing = missingAnswers(instruments, answers);
    if (missing[0]) return showMissing(missing[0]);
    setSend("sending");
    const result = await submit();
    if (result.ok) return;
    if (result.reason === "incomplete" && result.missing[0]) {
      setSend("idle");
      return showMissing(result.missing[0]);
    }
    setSend(result.reason === "offline" ? "offline" : "failed");
  };

  let content;
  if (allOnOnePage && wide && screen.kind !== "review") {
    content = (
      <AllQuestionsPage
        instruments={instruments}
        answers={answers}
        onAnswer={onAnswer}
        onReview={() => (setAllOnOnePage(false), goTo("review"))}
        onOneAtATime={() => setAllOnOnePage(false)}
      />
    );
  } else if (screen.kind === "welcome") {
    content = (
      <WelcomeScreen
        occasion={survey.occasion}
        questionCount={questionCount}
        onStart={next}
        respondent={survey.respondent}
        aboutFirstName={survey.aboutFirstName}
      />
    );
  } else if (screen.kind === "intro") {
    content = <IntroScreen key={screen.key} instrument={screen.instrument} part={screen.part} parts={instruments.length} onNext={next} onBack={back} />;
  } else if (screen.kind === "question") {
    const { instrument, item } = screen;
    const before = screens[index - 1];
    const firstOfPart = !before || before.kind !== "question" || before.instrument.id !== instrument.id;
    content = (
      <QuestionScreen
        welcome={startWithQuestion && index === 0 ? <WelcomeNote occasion={survey.occasion} /> : null}
        introduction={startWithQuestion && firstOfPart ? { part: instruments.indexOf(instrument) + 1, parts: instruments.length } : null}
        key={screen.key}
        instrument={instrument}
        item={item}
        number={screen.number}
        total={questionCount}
        value={answers[instrument.id]?.[item.id]}
        missing={missingNotice}
        onAnswer={(value) => onAnswer(instrument.id, item.id, value)}
        onNext={next}
        onBack={index > 0 ? back : undefined}
      />
    );
  } else {
    content = (
      <ReviewPage
        instruments={instruments}
        answers={answers}
        missingCount={missingAnswers(instruments, answers).length}
        send={send}
        waitingForNetwork={status === "offline"}
        onEdit={(instrumentId, itemId) => {
          setReturnToReview(true);
          goTo(questionKey(instrumentId, itemId));
        }}
        onSubmit={() => void onSubmit()}
        onBack={back}
      />
    );
  }

  return (
    <>
      {content}
      <SaveStatus status={status} />
      {wide && !allOnOnePage && screen.kind !== "review" ? (
        <p className="view-switch">
          <Button variant="link" onClick={() => setAllOnOnePage(true)}>
            {t("survey.showAll")}
          </Button>
        </p>
      ) : null}
    </>
  );
}
