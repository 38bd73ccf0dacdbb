import { describe, expect, it } from "vitest";
import { isVisible, validateAnswers } from "../index";
import { builtinInstruments, EXTERNAL_RESPONDENT, externalInstruments } from "../registry";
import { frivilligMentor } from "./frivillig-mentor";

describe("frivillig-mentor", () => {
  it("asks about contact frequency, what they did, social skills, support and comments", () => {
    expect(frivilligMentor.items.map((i) => i.id)).toEqual([
      "kontakt_hyppighed",
      "aktiviteter",
      "aktiviteter_andet",
      "sociale_faerdigheder",
      "stoette_behov",
      "stoette_hvad",
      "bemaerkninger",
    ]);
    // Wording not printed in the seed is marked as added.
    for (const item of frivilligMentor.items) expect(item.sourceNote).toMatch(/^ADDED/);
  });

  it("is answered by volunteers and stays out of the participants' catalogue", () => {
    expect(EXTERNAL_RESPONDENT["frivillig-mentor"]).toBe("volunteer");
    expect(externalInstruments["frivillig-mentor"]).toBe(frivilligMentor);
    expect(builtinInstruments["frivillig-mentor"]).toBeUndefined();
  });

  it("asks what else only after 'Andet', and which support only when some was needed", () => {
    expect(isVisible(frivilligMentor, "aktiviteter_andet", { aktiviteter: [1, 3] })).toBe(false);
    expect(isVisible(frivilligMentor, "aktiviteter_andet", { aktiviteter: [1, 5] })).toBe(true);
    expect(isVisible(frivilligMentor, "stoette_hvad", { stoette_behov: 1 })).toBe(false);
    expect(isVisible(frivilligMentor, "stoette_hvad", { stoette_behov: 3 })).toBe(true);
    const answers = { kontakt_hyppighed: 4, aktiviteter: [1, 2], sociale_faerdigheder: 4, stoette_behov: 1 };
    expect(validateAnswers(frivilligMentor, answers).issues.filter((i) => i.severity === "error")).toEqual([]);
  });
});
