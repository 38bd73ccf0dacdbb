import { QueryState } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useLang } from "../../i18n/use-lang";
import { useTRPC } from "../../trpc";
import { occasionLabel } from "./labels";
import { formatCount, formatShare } from "./masked";
import { ModelTable } from "./model-table";
import { useShareDigits } from "./share-digits";
import type { TableModel } from "./table-model";
import { useEvaluationInput } from "./use-evaluation-input";

// Kept beside the section (issue 13): only this section says them.
const TEXTS = {
  da: {
    title: "Omsorg",
    help: "Spørgeskemaer, hvor deltagerens svar gav anledning til omsorg (programmets regler, fx lav trivsel på WHO-5), og hvor mange af dem en mentor har fulgt op på (talt med deltageren, eller hjælp var allerede i gang). Kun antal, beskyttet som de andre tal.",
    caption: "Spørgeskemaer, der gav anledning til omsorg, og opfølgning",
    occasion: "Tidspunkt",
    calledForCare: "Gav anledning til omsorg",
    followedUp: "Fulgt op",
    share: "Andel fulgt op",
  },
  en: {
    title: "Care",
    help: "Questionnaires whose answers called for care (the programme's rules, e.g. low well-being on WHO-5), and how many of them a mentor followed up (spoke with the participant, or help was already in place). Counts only, protected as the other figures are.",
    caption: "Questionnaires that called for care, and follow-up",
    occasion: "Occasion",
    calledForCare: "Called for care",
    followedUp: "Followed up",
    share: "Share followed up",
  },
};

/** The evaluator's protected counts of questionnaires that called for care, and of those followed up, per occasion. */
export function CareCountsSection() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const lang = useLang();
  const digits = useShareDigits();
  const input = useEvaluationInput();
  const care = useQuery(trpc.evaluation.care.queryOptions(input));
  const text = TEXTS[lang];
  return (
    <>
      <h3>{text.title}</h3>
      <p className="hint">{text.help}</p>
      <QueryState query={care} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) => {
          const model: TableModel = {
            caption: text.caption,
            columns: [text.occasion, text.calledForCare, text.followedUp, text.share],
            rows: data.rows.map((r) => ({
              key: r.occasion,
              header: occasionLabel(t, r.occasion),
              cells: [formatCount(r.calledForCare, lang), formatCount(r.followedUp, lang), formatShare(r.followedUpShare, lang, digits)],
            })),
          };
          // The table says "<5" and its note itself.
          return <ModelTable model={model} />;
        }}
      </QueryState>
    </>
  );
}
