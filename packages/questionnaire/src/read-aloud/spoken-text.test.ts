import { describe, expect, it } from "vitest";
import { builtinInstruments } from "@skridt/instruments";
import type { TItem } from "@skridt/instruments/client";
import { recordedAudio, speechLang, spokenText } from "./spoken-text";
import { pickVoice } from "./voice";

function builtinItem(instrumentId: string, itemId: string): TItem {
  const instrument = builtinInstruments[instrumentId];
  const item = instrument?.items.find((i) => i.id === itemId);
  if (!item) throw new Error(`no ${instrumentId}/${itemId}`);
  return item;
}

describe("what Læs op says", () => {
  it("reads WHO-5's lead-in and prompt as one sentence, then every answer in order, in Danish", () => {
    expect(spokenText(builtinItem("who5", "who5_1"), "da")).toBe(
      "I de sidste 2 uger har jeg været glad og i godt humør. Svarmulighederne er: Hele tiden. Det meste af tiden. Lidt mere end halvdelen af tiden. Lidt mindre end halvdelen af tiden. Lidt af tiden. På intet tidspunkt.",
    );
  });

  it("reads the English wording when English is chosen", () => {
    expect(spokenText(builtinItem("selvvurderet-helbred", "helbred"), "en")).toBe(
      "In general, how would you rate your health? The answers are: Excellent. Very good. Good. Fair. Poor.",
    );
  });

  it("keeps a question mark, adds the help line, and says several answers may be chosen", () => {
    const item: TItem = {
      id: "q",
      type: "multiple-choice",
      required: false,
      prompt: { da: "Hvad laver du?", en: "What do you do?" },
      help: { da: "Vælg dem, der passer", en: "Choose those that fit" },
      options: [
        { code: 1, label: { da: "Job", en: "Job" } },
        { code: 2, label: { da: "Uddannelse", en: "Education" } },
      ],
    };
    expect(spokenText(item, "da")).toBe("Hvad laver du? Vælg dem, der passer. Svarmulighederne er: Job. Uddannelse. Du kan vælge flere.");
  });

  it("reads a number question without answers", () => {
    const item: TItem = { id: "n", type: "number", required: false, integer: true, prompt: { da: "Hvor mange timer", en: "How many hours" } };
    expect(spokenText(item, "da")).toBe("Hvor mange timer.");
  });

  it("never reads the easy-read help in place of the validated prompt", () => {
    const item = builtinItem("who5", "who5_2");
    expect(item.easyRead).toBeDefined();
    expect(spokenText(item, "da")).toContain("har jeg følt mig rolig og afslappet");
    expect(spokenText(item, "da")).not.toContain(item.easyRead?.da);
  });

  it("speaks Danish as da-DK and English as en-GB", () => {
    expect(speechLang("da")).toBe("da-DK");
    expect(speechLang("en")).toBe("en-GB");
  });
});

describe("recorded audio", () => {
  const base: TItem = {
    id: "q",
    type: "single-choice",
    required: false,
    prompt: { da: "Spørgsmål", en: "Question" },
    audio: { da: "/a/q-da.mp3", en: "/a/q-en.mp3" },
    options: [
      { code: 1, label: { da: "Ja", en: "Yes" }, audio: { da: "/a/1-da.mp3", en: "/a/1-en.mp3" } },
      { code: 2, label: { da: "Nej", en: "No" }, audio: { da: "/a/2-da.mp3", en: "/a/2-en.mp3" } },
    ],
  };
  it("plays the question and then each answer in the chosen language", () => {
    expect(recordedAudio(base, "en")).toEqual(["/a/q-en.mp3", "/a/1-en.mp3", "/a/2-en.mp3"]);
  });
  it("falls back to synthesis when an answer has no recording", () => {
    if (base.type !== "single-choice") throw new Error("type");
    const partial: TItem = { ...base, options: [base.options[0]!, { code: 2, label: { da: "Nej", en: "No" } }] };
    expect(recordedAudio(partial, "da")).toBeNull();
  });
});

describe("choosing a voice", () => {
  const voices = [
    { name: "en", lang: "en-US", localService: true, default: true },
    { name: "da-remote", lang: "da-DK", localService: false },
    { name: "da-local", lang: "da_DK", localService: true },
    { name: "nb", lang: "nb-NO", localService: true },
  ];
  it("prefers a local da-DK voice for Danish", () => {
    expect(pickVoice(voices, "da-DK")?.name).toBe("da-local");
  });
  it("finds none when the device has no voice for the language", () => {
    expect(
      pickVoice(
        voices.filter((v) => !v.lang.startsWith("da")),
        "da-DK",
      ),
    ).toBeNull();
  });
  it("takes another English region when there is no en-GB voice", () => {
    expect(pickVoice(voices, "en-GB")?.name).toBe("en");
  });
});
