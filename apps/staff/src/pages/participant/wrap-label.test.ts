import { describe, expect, it } from "vitest";
import { wrapLabel } from "./wrap-label";

describe("wrapLabel", () => {
  it("keeps a label that fits on one line", () => {
    expect(wrapLabel("Sundhed", 12)).toEqual(["Sundhed"]);
  });
  it("breaks at spaces and after a slash", () => {
    expect(wrapLabel("Socialt/netværk", 10)).toEqual(["Socialt/", "netværk"]);
    expect(wrapLabel("Fysisk og psykisk helbred", 12)).toEqual(["Fysisk og", "psykisk", "helbred"]);
  });
  it("splits a word longer than a line near its middle with a hyphen", () => {
    expect(wrapLabel("Hverdagsmestring", 10)).toEqual(["Hverdags-", "mestring"]);
    expect(wrapLabel("Privatøkonomi", 10)).toEqual(["Privat-", "økonomi"]);
  });
  it("never makes a line longer than the limit", () => {
    for (const line of wrapLabel("Arbejdsmarkedsparathed og beskæftigelsesmuligheder", 9)) expect(line.length).toBeLessThanOrEqual(9);
  });
});
