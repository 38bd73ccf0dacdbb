import { describe, expect, it } from "vitest";
import { scoreInstrument, validateAnswers } from "../index";
import { builtinInstruments, externalInstruments, getInstrument, EXTERNAL_RESPONDENT } from "../registry";
import { virksomhedsskema } from "./virksomhedsskema";

describe("virksomhedsskema", () => {
  it("has the seed's three questions with 'I meget høj grad' .. 'Slet ikke' and a comment field", () => {
    const choices = virksomhedsskema.items.filter((i) => i.type === "single-choice");
    expect(choices.map((i) => i.id)).toEqual(["interesse_ansaette", "kontakt_fastholdelse", "indsigt"]);
    for (const item of choices) {
      if (item.type !== "single-choice") continue;
      expect(item.options.map((o) => [o.code, o.label.da])).toEqual([
        [5, "I meget høj grad"],
        [4, "I høj grad"],
        [3, "I nogen grad"],
        [2, "I mindre grad"],
        [1, "Slet ikke"],
      ]);
    }
    expect(virksomhedsskema.items.at(-1)).toMatchObject({ id: "bemaerkninger", type: "text" });
    expect(virksomhedsskema.items[0]!.prompt.da).toContain("fleksjobgodkendte personer med psykisk sygdom/sårbarhed");
  });

  it("is given at the end, to workplaces, and stays out of the participants' catalogue", () => {
    expect(virksomhedsskema.occasions).toEqual(["end"]);
    expect(EXTERNAL_RESPONDENT["virksomhedsskema"]).toBe("company");
    expect(externalInstruments["virksomhedsskema"]).toBe(virksomhedsskema);
    expect(builtinInstruments["virksomhedsskema"]).toBeUndefined();
    expect(getInstrument("virksomhedsskema", "1.0.0")).toBe(virksomhedsskema);
  });

  it("requires the three questions but not the comment, and has no scales", () => {
    const missing = validateAnswers(virksomhedsskema, { bemaerkninger: "Fint samarbejde" })
      .issues.filter((i) => i.severity === "error")
      .map((i) => i.itemId);
    expect(missing.sort()).toEqual(["indsigt", "interesse_ansaette", "kontakt_fastholdelse"]);
    const complete = validateAnswers(virksomhedsskema, { interesse_ansaette: 3, kontakt_fastholdelse: 4, indsigt: 1 });
    expect(complete.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(scoreInstrument(virksomhedsskema, complete.values)).toEqual([]);
  });
});
