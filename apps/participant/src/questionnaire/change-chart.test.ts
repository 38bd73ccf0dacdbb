import { describe, expect, it } from "vitest";
import { wrapLabel } from "./change-chart";

describe("wrapLabel", () => {
  it("keeps a short label on one line", () => {
    expect(wrapLabel("WHO-5 trivsel (0-100)", 36)).toEqual(["WHO-5 trivsel (0-100)"]);
  });
  it("wraps a long label at a word instead of running off the chart", () => {
    expect(wrapLabel("Rolig og afslappet (1-5, enkeltspørgsmål)", 36)).toEqual(["Rolig og afslappet (1-5,", "enkeltspørgsmål)"]);
  });
  it("gives a word longer than a line a line of its own", () => {
    expect(wrapLabel("a enkeltspørgsmålsformuleringerne b", 10)).toEqual(["a", "enkeltspørgsmålsformuleringerne", "b"]);
  });
});
