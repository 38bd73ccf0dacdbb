import { who5 } from "@skridt/instruments";
import { describe, expect, it } from "vitest";
import klQuestionnaire from "../../../tests/fixtures/fhir/kl-who5-questionnaire.json";
import { FINDING_INFORMER, KL_VALUE_SETS, KL_WHO5_ITEMS } from "./kl-ffinst";
import { klWho5Questionnaire, toQuestionnaire } from "./to-questionnaire";

describe("WHO-5 as KL's guide (FFInst 1.0.0) defines it", () => {
  it("exports exactly KL's Questionnaire, rebuilt by hand from its FSH", () => {
    expect(toQuestionnaire(who5)).toEqual(klWho5Questionnaire());
    expect(klWho5Questionnaire()).toEqual(klQuestionnaire);
  });

  it("keeps Skridt's validated Danish texts word for word: KL's item text is Skridt's lead-in and prompt", () => {
    expect(who5.items.map((i) => i.id)).toEqual(KL_WHO5_ITEMS.map((k) => k.skridtId));
    for (const [index, item] of who5.items.entries()) {
      const kl = KL_WHO5_ITEMS[index]!;
      expect(`${item.stem!.da.replace(/ \.\.\.$/, "")} ${item.prompt.da}`).toBe(kl.text);
    }
  });

  it("maps every answer of Skridt's WHO-5 to KL's code for that level and item", () => {
    for (const [index, item] of who5.items.entries()) {
      if (item.type !== "single-choice") throw new Error("WHO-5 items are single choice");
      const set = KL_VALUE_SETS.get(KL_WHO5_ITEMS[index]!.valueSet)!;
      expect(set.map((a) => a.level)).toEqual(item.options.map((o) => o.code));
      expect(set.map((a) => a.label)).toEqual(item.options.map((o) => o.label.da));
      for (const answer of set) expect(answer.display).toMatch(new RegExp(`^WHO-5 ${answer.label} - ${answer.level} \\(`));
    }
    // 30 distinct KL codes: one per item and level.
    expect(new Set(KL_WHO5_ITEMS.flatMap((i) => Object.values(i.answers).map((a) => a.code))).size).toBe(30);
  });

  it("uses KL's finding informer codes", () => {
    expect(FINDING_INFORMER.citizen).toEqual({ code: "a3d30bf2-4a3c-4c49-9001-5363ae11681c", display: "Borger" });
    expect(FINDING_INFORMER.citizenWithStaff.display).toBe("Borger støttet af medarbejder");
  });
});
