import { gseNorm, who5Norm } from "@skridt/instruments";
import { describe, expect, it } from "vitest";
import { normSentence } from "./norm-sentence";

// The report says which norm decided who changed reliably: the questionnaire's, with its source,
// or the programme's own ("programmets egne normer: <source>").
describe("normSentence", () => {
  const range = { min: 0, max: 100 };
  it("names the declared WHO-5 norm and its source", () => {
    expect(normSentence({ label: "WHO-5", norm: { ...who5Norm, own: false }, threshold: 23.6, cohortSd: null, range }, "da")).toBe(
      "For WHO-5 er en ændring pålidelig, når den er større end 23,6 point (test-retest-pålidelighed 0,81, MDC95 fra studiet; Schougaard et al. 2018). Grænseværdien for «over grænsen» er 50 (Topp et al. 2015).",
    );
  });

  it("says the programme's own norms were used, with the programme's source", () => {
    const source = { citation: "Egen måling 2025" };
    const own = { ...who5Norm, reliableChange: { kind: "reliability" as const, reliability: 0.9, coefficient: "alpha" as const, sd: 20, source }, own: true };
    expect(normSentence({ label: "WHO-5", norm: own, threshold: 17.53, cohortSd: null, range }, "en")).toBe(
      "For WHO-5, a change is reliable when it is larger than 17.5 points (Cronbach's α 0.90, SD 20; the programme's own norms: Egen måling 2025). The cut-off for “recovered” is 50 (Topp et al. 2015).",
    );
  });

  it("gives the cohort's own SD where the norm has none, and nothing without a reliable change rule", () => {
    const gse = normSentence({ label: "GSE", norm: { ...gseNorm, own: false }, threshold: 5.88, cohortSd: 4.31, range: { min: 10, max: 40 } }, "da");
    expect(gse).toBe(
      "For GSE er en ændring pålidelig, når den er større end 5,9 point (Cronbachs α 0,76, deltagernes egen SD ved start (4,3); Scholz et al. 2002).",
    );
    expect(normSentence({ label: "x", norm: { ...gseNorm, reliableChange: null, own: false }, threshold: null, cohortSd: null, range }, "da")).toBeNull();
  });
});
