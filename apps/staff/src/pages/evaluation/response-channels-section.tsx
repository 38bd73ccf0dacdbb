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

// Kept beside the section (issue 13), as the care section's: only this section says them.
const TEXTS = {
  da: {
    title: "Svar pr. kanal",
    help: "Hvordan spørgeskemaerne nåede deltagerne: sendt på e-mail eller SMS, eller givet af mentoren som link eller kode, udfyldt med hjælp, over telefonen eller på papir. Svarprocenten er besvarede af alle spørgeskemaer på kanalen; 'efter påmindelse' er dem, der blev besvaret, efter at mindst én påmindelse var sendt. Beskyttet som de andre tal.",
    caption: "Svarprocent pr. tidspunkt og kanal",
    occasion: "Tidspunkt",
    channel: "Kanal",
    sent: "Spørgeskemaer",
    completed: "Besvaret",
    rate: "Svarprocent",
    afterReminder: "Besvaret efter påmindelse",
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
    help: "How the questionnaires reached the participants: sent by e-mail or SMS, or given by the mentor as a link or code, filled in with help, over the phone or on paper. The response rate is those answered of all questionnaires on the channel; 'after a reminder' are those answered after at least one reminder had gone out. Protected as the other figures are.",
    caption: "Response rate by occasion and channel",
    occasion: "Occasion",
    channel: "Channel",
    sent: "Questionnaires",
    completed: "Answered",
    rate: "Response rate",
    afterReminder: "Answered after a reminder",
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
            columns: [text.occasion, text.channel, text.sent, text.completed, text.rate, text.afterReminder],
            rows: data.rows.map((r) => ({
              key: `${r.occasion}-${r.channel}`,
              header: occasionLabel(t, r.occasion),
              cells: [
                text.channels[r.channel] ?? r.channel,
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
