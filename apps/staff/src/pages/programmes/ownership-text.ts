// Texts of a programme's ownership section (issue 11, item 4), merged into the programmes
// catalogue as the section "ownership".
import type { Texts } from "../../i18n/texts";

export const ownershipDa = {
  ownership: {
    title: "Ejerskab",
    owner: "Programmet ejes af {{owner}}.",
    whatItMeans:
      "Ejeren bestemmer programmets fælles indstillinger: opbevaring og sletning, måleplan, progressionsplan, programmets egne spørgeskemaer, normer og påmindelser. Det gælder deltagerne i alle organisationer i programmet.",
    askOwner: "Vil I ændre en fælles indstilling, så kontakt en administrator i {{owner}}:",
    noOwnerAdmins: "{{owner}} har ingen aktive administratorer lige nu. Kontakt organisationen direkte.",
    handOverIntro:
      "I kan give ejerskabet videre til en anden organisation i programmet. Derefter er det kun dens administratorer, der kan ændre de fælles indstillinger, også hvis I vil have det tilbage.",
    noCandidates: "Ingen andre organisationer deltager i programmet, så ejerskabet kan ikke gives videre.",
    to: "Giv ejerskabet til",
    choose: "Vælg en organisation",
    chooseError: "Vælg den organisation, der skal eje programmet.",
    handOver: "Giv ejerskabet videre",
    confirmTitle: "Giv ejerskabet til {{to}}?",
    confirmText:
      "{{to}} bliver ejer af programmet. Jeres administratorer kan derefter ikke ændre de fælles indstillinger. Hændelsen skrives i loggen hos alle organisationer i programmet.",
    confirm: "Ja, giv ejerskabet til {{to}}",
    cancel: "Fortryd",
    done: "{{to}} ejer nu programmet.",
  },
};

export const ownershipEn: Texts<typeof ownershipDa> = {
  ownership: {
    title: "Ownership",
    owner: "The programme is owned by {{owner}}.",
    whatItMeans:
      "The owner decides the programme's shared settings: retention and erasure, measurement plan, progression plan, the programme's own questionnaires, norms and reminders. They apply to the participants of every organisation in the programme.",
    askOwner: "To change a shared setting, contact an administrator of {{owner}}:",
    noOwnerAdmins: "{{owner}} has no active administrators at the moment. Contact the organisation directly.",
    handOverIntro:
      "You can hand ownership to another organisation in the programme. After that only its administrators can change the shared settings, including giving it back to you.",
    noCandidates: "No other organisation takes part in the programme, so ownership cannot be handed over.",
    to: "Hand ownership to",
    choose: "Choose an organisation",
    chooseError: "Choose the organisation that should own the programme.",
    handOver: "Hand over ownership",
    confirmTitle: "Hand ownership to {{to}}?",
    confirmText:
      "{{to}} becomes the programme's owner. Your administrators can then no longer change the shared settings. The event is written into the log of every organisation in the programme.",
    confirm: "Yes, hand ownership to {{to}}",
    cancel: "Cancel",
    done: "{{to}} now owns the programme.",
  },
};
