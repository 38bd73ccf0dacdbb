import { describe, expect, it } from "vitest";
import { countOf, formatCount, formatNumber, formatScore, formatShare, hiddenWords, listOf } from "./format";
import { changeSentence, conventionSentence } from "./sections-change";
import { employersSection } from "./sections-answers";
import type { TReportFigures } from "./figures";

const wide = { min: 0, max: 100 };
const narrow = { min: 10, max: 40 };

describe("numbers in the report's sentences", () => {
  it("writes Danish and English separators and rounds half away from nothing surprising", () => {
    expect(formatNumber(8050, 0, "da")).toBe("8.050");
    expect(formatNumber(8050, 0, "en")).toBe("8,050");
    expect(formatNumber(3.45098, 1, "da")).toBe("3,5");
    expect(formatNumber(3.45098, 1, "en")).toBe("3.5");
    expect(formatNumber(-2.4, 0, "da")).toBe("−2");
    expect(formatNumber(-0.2, 0, "da")).toBe("0"); // never "−0"
  });
  it("writes shares as whole percentages with Danish spacing", () => {
    expect(formatShare(0.2625, "da")).toBe("26\u00a0%");
    expect(formatShare(0.2625, "en")).toBe("26%");
    expect(formatShare(0.9302, "da")).toBe("93\u00a0%");
  });
  it("says a hidden count in words, never 0", () => {
    expect(formatCount("<5", "da")).toBe("færre end 5");
    expect(formatCount("<5", "en")).toBe("fewer than 5");
    expect(formatShare("<5", "da")).toBe("færre end 5");
    expect(hiddenWords("x", "da")).not.toMatch(/\b0\b/);
    expect(formatCount(null, "da")).toBe("–");
  });
  it("uses singular for one and plural otherwise, including hidden counts", () => {
    expect(countOf(1, "deltager", "deltagere", "da")).toBe("1 deltager");
    expect(countOf(127, "deltager", "deltagere", "da")).toBe("127 deltagere");
    expect(countOf("<5", "deltager", "deltagere", "da")).toBe("færre end 5 deltagere");
    expect(countOf(0, "kontakt", "kontakter", "da")).toBe("0 kontakter");
  });
  it("rounds a wide scale to whole points and a narrow one to a decimal", () => {
    expect(formatScore(12.5107, wide, "da")).toBe("13");
    expect(formatScore(3.45098, narrow, "da")).toBe("3,5");
  });
  it("lists with a final og/and", () => {
    expect(listOf(["a", "b", "c"], "da")).toBe("a, b og c");
    expect(listOf(["a", "b"], "en")).toBe("a and b");
    expect(listOf(["a"], "da")).toBe("a");
  });
});

describe("the change sentence", () => {
  it("reads like the seed's example, with the denominator, the CI and reliable change", () => {
    const s = changeSentence({ n: 64, label: "trivslen (WHO-5)", change: 11.2, ci: [6.1, 16.8], range: wide, reliablyImproved: 0.22 }, "da");
    expect(s).toBe(
      "Blandt de 64, der svarede både ved start og slut, steg gennemsnittet for trivslen (WHO-5) med 11 point (95 % sikkerhedsinterval 6 til 17); 22\u00a0% forbedrede sig pålideligt.",
    );
    const en = changeSentence({ n: 64, label: "WHO-5", change: 11.2, ci: [6.1, 16.8], range: wide, reliablyImproved: 0.22 }, "en");
    expect(en).toBe(
      "Among the 64 who answered both at the start and at the end, the mean WHO-5 rose by 11 points (95% confidence interval 6 to 17); 22% improved reliably.",
    );
  });
  it("says a fall as a fall, with a negative lower bound written with a minus", () => {
    const s = changeSentence({ n: 30, label: "GSE", change: -1.24, ci: [-2.5, 0.04], range: narrow }, "da");
    expect(s).toBe("Blandt de 30, der svarede både ved start og slut, faldt gennemsnittet for GSE med 1,2 point (95 % sikkerhedsinterval −2,5 til 0,0).");
  });
  it("says unchanged when the change rounds to nothing, never 'steg 0 point'", () => {
    const s = changeSentence({ n: 30, label: "WHO-5", change: 0.3, ci: [-3, 3.6], range: wide }, "da");
    expect(s).toContain("var gennemsnittet for WHO-5 uændret");
    expect(s).not.toMatch(/steg|faldt/);
  });
  it("hides the change of a hidden group and says why, and a hidden n in words", () => {
    const s = changeSentence({ n: "<5", label: "WHO-5", change: "<5", ci: null, range: wide, reliablyImproved: "<5" }, "da");
    expect(s).toBe("Blandt de færre end 5, der svarede både ved start og slut, kan ændringen i WHO-5 ikke vises, fordi for få har svaret.");
  });
  it("writes a hidden reliable share in words", () => {
    const s = changeSentence({ n: 80, label: "GSE", change: 3.4, ci: [2.7, 4.2], range: narrow, reliablyImproved: "<5" }, "da");
    expect(s.endsWith("; færre end 5 forbedrede sig pålideligt.")).toBe(true);
  });
});

describe("the field's convention beside reliable change", () => {
  it("names the rule of thumb and says it is not the reliable change", () => {
    const s = conventionSentence({ points: 10, improvedShare: 0.55, unchangedShare: 0.375, worseShare: "<5" }, true, wide, "da");
    expect(s).toBe(
      "Efter feltets tommelfingerregel (en ændring på mindst 10 point) forbedrede 55\u00a0% sig, 38\u00a0% var uændrede og færre end 5 scorede lavere; pålidelig ændring ovenfor tager højde for måleusikkerheden, det gør tommelfingerreglen ikke.",
    );
  });
  it("is the single item's change in answer categories where no reliable change exists", () => {
    const s = conventionSentence({ points: 25, improvedShare: 0.4625, unchangedShare: 0.3375, worseShare: 0.1625 }, false, wide, "en");
    expect(s).toBe(
      "Measured as moves of at least 25 points (one answer category), 46% answered better at the end than at the start, 34% the same and 16% worse.",
    );
  });
});

describe("employers' section", () => {
  it("says plainly that no employer has answered yet, with how many were sent", () => {
    const figures = {
      external: { respondents: [{ respondentType: "company", sent: 3, answered: 0, instruments: [], distributions: [] }] },
    } as unknown as TReportFigures;
    expect(employersSection(figures, "da").paragraphs).toEqual(["Ingen arbejdsgivere har besvaret skemaet endnu (3 skemaer sendt)."]);
  });

  it("says that fewer than 5 answered when the protected count is hidden, and shows no answers", () => {
    const figures = {
      external: { respondents: [{ respondentType: "company", sent: 12, answered: "<5", instruments: [], distributions: [] }] },
    } as unknown as TReportFigures;
    const section = employersSection(figures, "da");
    expect(section.paragraphs).toEqual(["Færre end 5 arbejdsgivere har besvaret skemaet, så svarene vises ikke (12 skemaer sendt)."]);
    expect(section.tables).toEqual([]);
  });
});
