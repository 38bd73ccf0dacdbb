import type { ReadAloudLang } from "./spoken-text";

/** The words of the read-aloud and easy-read controls (kept here so the first chunk does not carry them). */
export const readAloudText: Record<ReadAloudLang, { read: string; stop: string; reading: string; easyRead: string }> = {
  da: { read: "Læs op", stop: "Stop oplæsning", reading: "Læser spørgsmålet op", easyRead: "Hvad betyder det?" },
  en: { read: "Read aloud", stop: "Stop reading", reading: "Reading the question aloud", easyRead: "What does it mean?" },
};
