// The size baseline for bench/participant: the smallest sensible SurveyJS page showing the
// same WHO-5 (Danish items and options from shared/instruments.md) that the participant app
// shows. Built by run.ts with the same Vite and @vitejs/plugin-react as apps/participant.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Model } from "survey-core";
import "survey-core/i18n/danish";
import "survey-core/survey-core.min.css";
import { Survey } from "survey-react-ui";

const OPTIONS = [
  { value: 5, text: "Hele tiden" },
  { value: 4, text: "Det meste af tiden" },
  { value: 3, text: "Lidt mere end halvdelen af tiden" },
  { value: 2, text: "Lidt mindre end halvdelen af tiden" },
  { value: 1, text: "Lidt af tiden" },
  { value: 0, text: "På intet tidspunkt" },
];

const ITEMS = [
  "har jeg været glad og i godt humør",
  "har jeg følt mig rolig og afslappet",
  "har jeg følt mig aktiv og energisk",
  "er jeg vågnet frisk og udhvilet",
  "har min dagligdag været fyldt med ting der interesserer mig",
];

const model = new Model({
  locale: "da",
  title: "WHO-5 Trivselsindeks",
  description: "I de sidste 2 uger ...",
  pages: [
    {
      name: "who5",
      elements: ITEMS.map((text, index) => ({
        type: "radiogroup",
        name: `who5_${index + 1}`,
        title: `I de sidste 2 uger ${text}`,
        isRequired: true,
        choices: OPTIONS,
      })),
    },
  ],
});

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <Survey model={model} />
  </StrictMode>,
);
