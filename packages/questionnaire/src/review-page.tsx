import { Alert, Button } from "@skridt/ui";
import { isAnswered, visibleItems, type TInstrument } from "@skridt/instruments/client";
import { useTranslation } from "react-i18next";
import { answerText } from "./answer-text";
import { useLocalized } from "./localized";
import type { SurveyAnswers } from "./screens";

export type SendState = "idle" | "sending" | "offline" | "failed";

export interface ReviewPageProps {
  instruments: readonly TInstrument[];
  answers: SurveyAnswers;
  missingCount: number;
  send: SendState;
  /** The outbox is waiting for the network while we try to send. */
  waitingForNetwork: boolean;
  onEdit: (instrumentId: string, itemId: string) => void;
  onSubmit: () => void;
  onBack: () => void;
}

/**
 * Short for a tired participant: what is missing, each with a button to answer it and "Send
 * svarene" above and below the list; with nothing missing, "Send svarene" at once. Every
 * answer, in plain words and each changeable, is one tap away in a folded list; opened, the
 * list ends with the send button again, so it is at the top and the bottom.
 */
export function ReviewPage({ instruments, answers, missingCount, send, waitingForNetwork, onEdit, onSubmit, onBack }: ReviewPageProps) {
  const { t, i18n } = useTranslation("questionnaire");
  const text = useLocalized();
  const message =
    send === "sending"
      ? waitingForNetwork
        ? t("review.waiting")
        : t("review.sending")
      : send === "offline"
        ? t("review.offline")
        : send === "failed"
          ? t("review.failed")
          : "";
  const parts = instruments.map((instrument) => {
    const given = answers[instrument.id] ?? {};
    return { instrument, given, items: visibleItems(instrument, given) };
  });
  const missing = parts.flatMap(({ instrument, given, items }) =>
    items.filter((item) => item.required && !isAnswered(item, given[item.id])).map((item) => ({ instrument, item })),
  );
  const sendButton = (
    <Button className="nav__next" busy={send === "sending"} onClick={onSubmit}>
      {t("review.submit")}
    </Button>
  );
  // With answers missing, the send button also stands above their list (sending then leads to the first of them).
  const sendRow = <div className="nav">{sendButton}</div>;
  return (
    <>
      <h1 tabIndex={-1}>{t("review.title")}</h1>
      {missingCount > 0 ? (
        <>
          <Alert tone="info">{t("review.missingCount", { count: missingCount })}</Alert>
          {sendRow}
          <ul className="review-list review-missing">
            {missing.map(({ instrument, item }) => (
              <li key={`${instrument.id}:${item.id}`} className="review-item">
                <p className="review-item__prompt">
                  {item.stem ? `${text(item.stem)} ` : ""}
                  {text(item.prompt)}
                </p>
                <Button variant="secondary" onClick={() => onEdit(instrument.id, item.id)}>
                  {t("review.answerNow")}
                  <span className="ui-visually-hidden">: {text(item.prompt)}</span>
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="lead">{t("review.allAnswered")}</p>
      )}
      <p role="status" className="send-status">
        {message}
      </p>
      <div className="nav">
        <Button variant="secondary" className="nav__back" onClick={onBack}>
          {t("survey.back")}
        </Button>
        {sendButton}
      </div>
      <details className="review-all">
        <summary>{t("review.showAll")}</summary>
        {parts.map(({ instrument, given, items }) => (
          <section key={instrument.id} className="review-part" aria-labelledby={`review-${instrument.id}`}>
            <h2 id={`review-${instrument.id}`}>{text(instrument.title)}</h2>
            <ul className="review-list">
              {items.map((item) => {
                const answered = isAnswered(item, given[item.id]);
                return (
                  <li key={item.id} className="review-item">
                    <p className="review-item__prompt">
                      {item.stem ? `${text(item.stem)} ` : ""}
                      {text(item.prompt)}
                    </p>
                    <p className={answered ? "review-item__answer" : "review-item__answer review-item__answer--none"}>
                      {answered ? answerText(item, given[item.id], text, i18n.language) : item.required ? t("review.missing") : t("review.notAnswered")}
                    </p>
                    <Button variant="link" onClick={() => onEdit(instrument.id, item.id)}>
                      {t("review.edit")}
                      <span className="ui-visually-hidden">: {text(item.prompt)}</span>
                    </Button>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
        {/* Hidden with the folded list, so it counts (and is read) only once the list is open. */}
        <div className="nav">{sendButton}</div>
      </details>
    </>
  );
}
