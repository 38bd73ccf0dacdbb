import type { TLocalizedText } from "../text";

// Easy-read help ("Hvad betyder det?") for the built-in questionnaires: short, plain words
// shown beside the validated wording on request. The validated prompts themselves are never
// changed; this only explains them.

const t = (da: string, en: string): TLocalizedText => ({ da, en });

/** WHO-5, item by item (1-5). */
export const who5EasyRead: TLocalizedText[] = [
  t(
    "Har du tit været glad de sidste 2 uger? Tænk på, hvordan du har haft det de fleste dage.",
    "Have you often felt happy in the last 2 weeks? Think of how you felt on most days.",
  ),
  t(
    "Har du tit følt dig rolig de sidste 2 uger? Rolig betyder, at du ikke har været urolig eller nervøs.",
    "Have you often felt calm in the last 2 weeks? Calm means not restless or nervous.",
  ),
  t("Har du tit haft energi og lyst til at gøre ting de sidste 2 uger?", "Have you often had energy and wanted to do things in the last 2 weeks?"),
  t(
    "Har du tit følt dig udhvilet, når du vågnede om morgenen de sidste 2 uger?",
    "Have you often felt rested when you woke up in the morning in the last 2 weeks?",
  ),
  t(
    "Har du tit lavet ting, du synes er spændende eller gode at lave, de sidste 2 uger?",
    "Have you often done things you find interesting or good to do in the last 2 weeks?",
  ),
];

/** GSE, item by item (1-10). */
export const gseEasyRead: TLocalizedText[] = [
  t("Når noget er svært, kan du så finde ud af det, hvis du bliver ved med at prøve?", "When something is hard, can you work it out if you keep trying?"),
  t(
    "Hvis en anden person er imod dig, kan du så stadig finde en vej til at få det, du vil?",
    "If another person is against you, can you still find a way to get what you want?",
  ),
  t("Er det let for dig at gøre det, du har planlagt, og nå dine mål?", "Is it easy for you to do what you planned and reach your goals?"),
  t(
    "Hvis der sker noget, du ikke havde regnet med, tror du så, at du kan klare det?",
    "If something happens that you did not expect, do you believe you can cope with it?",
  ),
  t(
    "Ved du, hvordan du klarer dig, når der sker noget nyt og uventet? Ressourcer er det, du er god til, og det, du kan.",
    "Do you know how to cope when something new and unexpected happens? Resourcefulness means what you are good at and what you can do.",
  ),
  t("Hvis du gør en indsats, kan du så løse de fleste problemer?", "If you make an effort, can you solve most problems?"),
  t(
    "Kan du være rolig, når der er problemer, fordi du tror på, at du kan løse dem?",
    "Can you stay calm when there are problems, because you believe you can solve them?",
  ),
  t(
    "Når du har et problem, kan du så tit finde mere end én måde at løse det på?",
    "When you have a problem, can you often find more than one way to solve it?",
  ),
  t("Når du har det svært, kan du så tit finde en vej ud af det?", "When things are hard for you, can you often find a way out?"),
  t("Tror du, at du kan klare det meste, der sker?", "Do you believe you can handle most things that happen?"),
];

/** Self-rated health (the single item). */
export const selfRatedHealthEasyRead = t(
  "Hvordan har du det med dit helbred? Tænk både på din krop og på, hvordan du har det indeni. Der er ikke noget rigtigt eller forkert svar.",
  "How is your health? Think of both your body and how you feel inside. There is no right or wrong answer.",
);
