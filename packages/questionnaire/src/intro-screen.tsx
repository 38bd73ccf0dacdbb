import type { TInstrument } from "@skridt/instruments/client";
import { useTranslation } from "react-i18next";
import { useLocalized } from "./localized";
import { NavButtons } from "./nav-buttons";

/** Each instrument's own introduction, on its own screen before its first question. */
export function IntroScreen({
  instrument,
  part,
  parts,
  onNext,
  onBack,
}: {
  instrument: TInstrument;
  part: number;
  parts: number;
  onNext: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation("questionnaire");
  const text = useLocalized();
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onNext();
      }}
    >
      <p className="eyebrow">{t("survey.part", { n: part, total: parts })}</p>
      <h1 tabIndex={-1}>{text(instrument.title)}</h1>
      <p className="lead">{text(instrument.introduction)}</p>
      <NavButtons onBack={onBack} />
    </form>
  );
}
