import { describe, expect, it } from "vitest";
import { API_ERROR_KEYS, CLIENT_ERROR_KEYS, ERROR_KEYS, FIELD_ERROR_KEYS, isErrorKey } from "./errors";

describe("error keys", () => {
  it("are unique, and the API's, the apps' and the fields' lists do not overlap", () => {
    const all = [...API_ERROR_KEYS, ...CLIENT_ERROR_KEYS, ...FIELD_ERROR_KEYS];
    expect(new Set(all).size).toBe(all.length);
  });

  it("recognise exactly the listed keys", () => {
    for (const key of ERROR_KEYS) expect(isErrorKey(key)).toBe(true);
    expect(isErrorKey("cvr_invalid")).toBe(false);
    expect(isErrorKey("Not found")).toBe(false);
  });
});
