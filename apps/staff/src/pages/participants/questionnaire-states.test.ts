import { describe, expect, it } from "vitest";
import { questionnaireFlag, stateFromSurveys } from "./questionnaire-states";

describe("questionnaireFlag", () => {
  it("flags a missing start questionnaire, ended or not", () => {
    expect(questionnaireFlag("start", "missing", null)).toBe("missing");
    expect(questionnaireFlag("start", "missing", "2026-11-01")).toBe("missing");
  });
  it("calls a missing end questionnaire 'not yet' until the participant has ended", () => {
    expect(questionnaireFlag("end", "missing", null)).toBe("notYet");
    expect(questionnaireFlag("end", "missing", "2026-11-01")).toBe("missing");
  });
  it("passes submitted and open through", () => {
    expect(questionnaireFlag("end", "open", null)).toBe("open");
    expect(questionnaireFlag("start", "submitted", null)).toBe("submitted");
  });
});

describe("stateFromSurveys", () => {
  it("prefers submitted over open over missing, per occasion", () => {
    const surveys = [
      { occasion: "start", state: "expired" },
      { occasion: "start", state: "submitted" },
      { occasion: "end", state: "open" },
    ];
    expect(stateFromSurveys(surveys, "start")).toBe("submitted");
    expect(stateFromSurveys(surveys, "end")).toBe("open");
    expect(stateFromSurveys([{ occasion: "start", state: "withdrawn" }], "start")).toBe("missing");
  });
});
