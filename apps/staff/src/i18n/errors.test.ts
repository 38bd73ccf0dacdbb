import { ERROR_KEYS, FIELD_ERROR_KEYS } from "@skridt/validators";
import { describe, expect, it } from "vitest";
import { da } from "./da";
import { en } from "./en";

describe("error texts", () => {
  // Users must never see a raw key such as "participant_erased": every key the API can send,
  // every key the app derives itself and every field message has a text in both languages.
  it.each([...ERROR_KEYS, ...FIELD_ERROR_KEYS])("%s has a Danish and an English text", (key) => {
    const daText = (da.errors as Record<string, string | undefined>)[key];
    const enText = (en.errors as Record<string, string | undefined>)[key];
    expect(daText?.trim()).toBeTruthy();
    expect(enText?.trim()).toBeTruthy();
    expect(daText).not.toBe(enText);
  });
});
