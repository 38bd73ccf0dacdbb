import type { TItem } from "@skridt/instruments/client";
import { useTranslation } from "react-i18next";
import { EasyReadHelp } from "./easy-read-help";
import { ReadAloudButton } from "./read-aloud-button";
import "./read-aloud.css";

/** Read aloud and easy-read help for one question (a lazy chunk: see lazy-question-extras). */
export default function QuestionExtras({ item }: { item: TItem }) {
  const { i18n } = useTranslation("questionnaire");
  const lang = i18n.language === "en" ? "en" : "da";
  return (
    <div className="question-extras">
      <ReadAloudButton item={item} lang={lang} />
      <EasyReadHelp item={item} lang={lang} />
    </div>
  );
}
