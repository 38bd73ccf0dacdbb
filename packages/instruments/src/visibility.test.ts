import { describe, expect, it } from "vitest";
import { baggrund } from "./builtin/baggrund";
import { tilfredshed } from "./builtin/tilfredshed";
import { who5 } from "./builtin/who5";
import { isVisible, progress, visibleItems } from "./visibility";

describe("display conditions", () => {
  it("hides the partner item unless the participant lives with a partner", () => {
    expect(isVisible(baggrund, "samlever_psykisk", {})).toBe(false);
    expect(isVisible(baggrund, "samlever_psykisk", { parforhold: 0 })).toBe(false);
    expect(isVisible(baggrund, "samlever_psykisk", { parforhold: 1 })).toBe(true);
  });

  it("shows the children item only with children", () => {
    expect(isVisible(baggrund, "boern_psykisk", { boern: 1 })).toBe(true);
    expect(isVisible(baggrund, "boern_psykisk", { boern: 0, parforhold: 1 })).toBe(false);
  });

  it("supports 'in': job questions for those in a job or a work placement", () => {
    expect(isVisible(tilfredshed, "faellesskab", { i_job: 1 })).toBe(true);
    expect(isVisible(tilfredshed, "faellesskab", { i_job: 2 })).toBe(true);
    expect(isVisible(tilfredshed, "faellesskab", { i_job: 0 })).toBe(false);
  });

  it("shows 'Uddyb dit svar' only after 'Det har ikke påvirket mig'", () => {
    expect(isVisible(tilfredshed, "samlet_effekt_uddyb", { samlet_effekt: 3 })).toBe(true);
    expect(isVisible(tilfredshed, "samlet_effekt_uddyb", { samlet_effekt: 5 })).toBe(false);
  });

  it("throws for an unknown item id (a programming error, not a participant's)", () => {
    expect(() => isVisible(who5, "nope", {})).toThrow(/no item "nope"/);
  });

  it("lists the visible items in order", () => {
    const ids = visibleItems(baggrund, { parforhold: 1, boern: 0 }).map((i) => i.id);
    expect(ids).toContain("samlever_psykisk");
    expect(ids).not.toContain("boern_psykisk");
    expect(ids.length).toBe(baggrund.items.length - 1);
  });
});

describe("progress", () => {
  it("counts answered visible items out of visible items", () => {
    expect(progress(who5, {})).toEqual({ answered: 0, visible: 5, fraction: 0 });
    expect(progress(who5, { who5_1: 3, who5_2: 2 })).toEqual({ answered: 2, visible: 5, fraction: 0.4 });
  });

  it("does not count a hidden item's stale answer", () => {
    const visible = baggrund.items.length - 2; // both family follow-ups hidden
    expect(progress(baggrund, { parforhold: 0, samlever_psykisk: 1 })).toEqual({ answered: 1, visible, fraction: 1 / visible });
  });

  it("grows the denominator when a condition opens an item", () => {
    const before = progress(baggrund, { parforhold: 0 }).visible;
    expect(progress(baggrund, { parforhold: 1 }).visible).toBe(before + 1);
  });
});
