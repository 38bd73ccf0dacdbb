import { describe, expect, it } from "vitest";
import { pathSegments, problemField, problemsByField } from "./problem-field";

describe("placing the server's problems on the builder's fields", () => {
  it("reads a problem's path", () => {
    expect(pathSegments('items[2] ("ude").options[1].label.da')).toEqual(["items", 2, "options", 1, "label", "da"]);
    expect(pathSegments("title.en")).toEqual(["title", "en"]);
  });

  it.each([
    ["id", "x", "id"],
    ["version", "x", "version"],
    ["title.en", "x", "title.en"],
    ["source.citation", "x", "citation"],
    ["source.url", "x", "url"],
    ["occasions[0]", "x", "occasions"],
    ["items", 'item id "a" is used more than once', "items"],
    ['items[0] ("a").id', "x", "items.0.id"],
    ['items[1] ("b").prompt', "This field is missing", "items.1.prompt.da"],
    ['items[1] ("b").options', "Too small", "items.1.options"],
    ['items[1] ("b").options[2].label.en', "x", "items.1.options.2.en"],
    ['items[1] ("b").options[2].code', "x", "items.1.options.2.code"],
    ['items[1] ("b")', "option code 1 is used more than once", "items.1.options"],
    ['items[3] ("d")', 'display condition refers to "e", which does not come before it', "items.3.showIf.kind"],
    ['items[3] ("d").showIf.itemId', "x", "items.3.showIf.kind"],
    ['items[2] ("c")', "min 7 is greater than max 0", "items.2.min"],
    ['items[2] ("c").type', "cannot change type", "items.2.type"],
    ['scales[0] ("s")', "declared range 0-5 does not match what the items give: 1-5", "scales.0.rangeMin"],
    ['scales[0] ("s")', 'refers to unknown item "q"', "scales.0.items"],
    ['scales[0] ("s")', "cut-off 9 lies outside the range 1-5", "scales.0.cutoffs"],
    ['scales[0] ("s")', "maxMissing 2 would allow scoring with no items answered", "scales.0.maxMissing"],
    ['scales[0] ("s").range.max', "x", "scales.0.rangeMax"],
    ['scales[0] ("s").transform.multiply', "x", "scales.0.multiply"],
    ['scales[0] ("s").cutoffs[1].label.da', "x", "scales.0.cutoffs.1.da"],
    ['scales[0] ("s").items[1].itemId', "x", "scales.0.items"],
    ['scales[0] ("s").label', "x", "scales.0.label.da"],
    ['scales[0] ("s").minimalImportantChange', "x", "scales.0.minimalImportantChange"],
    ["(root)", "not JSON", null],
  ])("%s (%s) → %s", (path, message, field) => {
    expect(problemField(path, message)).toBe(field);
  });

  it("groups problems by field in the reader's language, leaving out those about the whole file", () => {
    const grouped = problemsByField(
      [
        { path: "id", da: "a", en: "A" },
        { path: "id", da: "b", en: "B" },
        { path: "(root)", da: "c", en: "C" },
      ],
      "da",
    );
    expect([...grouped]).toEqual([["id", ["a", "b"]]]);
  });
});
