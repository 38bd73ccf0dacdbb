import type { TItem, TLocalizedText } from "@skridt/instruments/client";

export type ReadAloudLang = "da" | "en";

/** The BCP 47 tag an utterance is spoken in. */
export function speechLang(lang: ReadAloudLang): string {
  return lang === "en" ? "en-GB" : "da-DK";
}

const words = {
  da: { options: "Svarmulighederne er:", several: "Du kan vælge flere." },
  en: { options: "The answers are:", several: "You can choose more than one." },
} as const;

/** Ends a spoken piece with a full stop, so the voice pauses between question and answers. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.?!:…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * What "Læs op" says for a question: the shared lead-in and the prompt as one sentence
 * (WHO-5's "I de sidste 2 uger ..." runs straight into "har jeg været glad ..."), the help
 * line, and for a choice question its answers in display order. Exactly the validated words:
 * nothing is paraphrased, only joined.
 */
export function spokenText(item: TItem, lang: ReadAloudLang): string {
  const pick = (text: TLocalizedText) => (lang === "en" ? text.en : text.da);
  const stem = item.stem ? pick(item.stem).replace(/\s*(\.\.\.|…)\s*$/, "") : null;
  const parts = [sentence(stem ? `${stem} ${pick(item.prompt)}` : pick(item.prompt))];
  if (item.help) parts.push(sentence(pick(item.help)));
  if (item.type === "single-choice" || item.type === "multiple-choice") {
    parts.push(words[lang].options);
    parts.push(...item.options.map((option) => sentence(pick(option.label))));
    if (item.type === "multiple-choice") parts.push(words[lang].several);
  }
  return parts.join(" ");
}

/** The recordings to play in place of synthesis, when the instrument carries them for every piece; else null. */
export function recordedAudio(item: TItem, lang: ReadAloudLang): string[] | null {
  if (!item.audio) return null;
  const urls = [lang === "en" ? item.audio.en : item.audio.da];
  if (item.type === "single-choice" || item.type === "multiple-choice") {
    for (const option of item.options) {
      if (!option.audio) return null;
      urls.push(lang === "en" ? option.audio.en : option.audio.da);
    }
  }
  return urls;
}
