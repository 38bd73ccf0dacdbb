// The texts of the evaluation report page, merged into da.ts/en.ts under "evaluationReport".
import type { Texts } from "../../i18n/texts";

export const evaluationReportDa = {
  title: "Evalueringsrapport",
  intro:
    "Rapporten skrives ud fra de samme beskyttede tal som evalueringssiderne: deltagere og svarprocenter, status ved afslutning mod måltallet, kontakter, tilfredshed, arbejdsgivernes svar, ændring i helbred, trivsel og handlekompetencer, og mentorernes vurdering af progression. Hvert afsnit har et diagram, en tabel og en tekst, du kan redigere videre i Word.",
  choose: "Vælg rapport",
  programme: "Program",
  from: "Tilmeldt fra (måned)",
  to: "Tilmeldt til og med (måned)",
  periodHint: "Tom betyder hele programmet.",
  show: "Vis rapport",
  download: "Hent som Word",
  downloading: "Danner Word-dokument …",
  print: "Udskriv / gem som PDF",
  actions: "Rapportens handlinger",
  generated: "{{period}}. Dannet {{date}}.",
  preview: "Rapporten",
  axis: "Akse: {{axis}}",
  hiddenBar: "skjult",
  spiderHidden: "Ikke tegnet, fordi tallet er skjult: {{areas}}.",
  spiderAxis: "Akse: {{axis}} fra midten og ud; den stiplede ring er 0 (ingen ændring i forhold til start).",
  hiddenNote: "<5: færre end 5 – skjult for at beskytte deltagerne. Skraverede søjler er skjulte tal, ikke nul.",
};

export const evaluationReportEn: Texts<typeof evaluationReportDa> = {
  title: "Evaluation report",
  intro:
    "The report is written from the same protected figures as the evaluation pages: participants and response rates, status at the end against the target, contacts, satisfaction, employers' answers, change in health, well-being and self-efficacy, and the mentors' progression ratings. Every section has a chart, a table and a text you can go on editing in Word.",
  choose: "Choose the report",
  programme: "Programme",
  from: "Enrolled from (month)",
  to: "Enrolled up to (month)",
  periodHint: "Empty means the whole programme.",
  show: "Show report",
  download: "Download as Word",
  downloading: "Making the Word document …",
  print: "Print / save as PDF",
  actions: "Report actions",
  generated: "{{period}}. Generated {{date}}.",
  preview: "The report",
  axis: "Axis: {{axis}}",
  hiddenBar: "hidden",
  spiderHidden: "Not drawn because the figure is hidden: {{areas}}.",
  spiderAxis: "Axis: {{axis}} from the centre outwards; the dashed ring is 0 (no change from the start).",
  hiddenNote: "<5: fewer than 5 – hidden to protect the participants. Hatched bars are hidden figures, not zero.",
};
