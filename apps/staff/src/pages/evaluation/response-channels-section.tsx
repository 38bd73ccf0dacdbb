import { QueryState } from "@skridt/ui";
import { OCCASIONS } from "@skridt/validators";
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

// Kept beside the section (issue 13), as the care section's: only this section says them.
const TEXTS = {
  da: {
    title: "Svar pr. kanal",
    help: "Hvordan spørgeskemaerne nåede deltagerne, og hvor mange der svarede. 'Efter påmindelse': besvaret, efter at mindst én påmindelse var sendt.",
    caption: "Svarprocent pr. tidspunkt og kanal",
    occasionChannel: "Tidspunkt og kanal",
    sent: "Skemaer",
    completed: "Besvaret",
    rate: "Svarprocent",
    afterReminder: "Efter påmindelse",
    none: "Ingen spørgeskemaer endnu.",
    channels: {
      email: "Sendt på e-mail",
      sms: "Sendt på SMS",
      self: "Link eller kode givet af mentor",
      assisted: "Udfyldt med hjælp",
      phone: "Over telefonen",
      paper: "På papir",
    } as Record<string, string>,
  },
  en: {
    title: "Responses by channel",
    help: "How the questionnaires reached the participants, and how many answered. 'After a reminder': answered after at least one reminder had gone out.",
    caption: "Response rate by occasion and channel",
    occasionChannel: "Occasion and channel",
    sent: "Questionnaires",
    completed: "Answered",
    rate: "Response rate",
    afterReminder: "After a reminder",
    none: "No questionnaires yet.",
    channels: {
      email: "Sent by e-mail",
      sms: "Sent by SMS",
      self: "Link or code given by the mentor",
      assisted: "Filled in with help",
      phone: "Over the phone",
      paper: "On paper",
    } as Record<string, string>,
  },
};

/** Start, end, follow-up (the API sorts by name); channels keep the API's order within one. */
function byOccasion(a: { occasion: string }, b: { occasion: string }): number {
  const rank = (o: string) => {
    const index = (OCCASIONS as readonly string[]).indexOf(o);
    return index === -1 ? OCCASIONS.length : index;
  };
  return rank(a.occasion) - rank(b.occasion);
}

/** The evaluator's protected response rates per occasion and channel, and how many answered after a reminder. */
export function ResponseChannelsSection() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const lang = useLang();
  const digits = useShareDigits();
  const input = useEvaluationInput();
  const responses = useQuery(trpc.evaluation.responseByChannel.queryOptions(input));
  const text = TEXTS[lang];
  return (
    <>
      <h3>{text.title}</h3>
      <p className="hint">{text.help}</p>
      <QueryState query={responses} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) => {
          if (data.rows.length === 0) return <p>{text.none}</p>;
          const model: TableModel = {
            caption: text.caption,
            columns: [text.occasionChannel, text.sent, text.completed, text.rate, text.afterReminder],
            rows: [...data.rows].sort(byOccasion).map((r) => ({
              key: `${r.occasion}-${r.channel}`,
              // Occasion and channel in one heading keeps the table narrow enough for a phone.
              header: `${occasionLabel(t, r.occasion)}: ${text.channels[r.channel] ?? r.channel}`,
              cells: [
                formatCount(r.sent, lang),
                formatCount(r.completed, lang),
                // Its counts stand beside it, as in the page's other response table.
                formatShare(r.rate, lang, digits),
                formatCount(r.afterReminder, lang),
              ],
            })),
          };
          // The table says "<5" and its note itself.
          return <ModelTable model={model} />;
        }}
      </QueryState>
    </>
  );
}
