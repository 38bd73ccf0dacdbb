import type { TLocalizedText } from "@skridt/instruments";
import type { Extension, PrimitiveExtension } from "./fhir-types";
import { EXT_TRANSLATION } from "./skridt-urls";

/** The English text as a translation extension on the Danish primitive (`_text`, `_title`, ...). */
export function englishOf(text: TLocalizedText): PrimitiveExtension {
  return {
    extension: [
      {
        url: EXT_TRANSLATION,
        extension: [
          { url: "lang", valueCode: "en" },
          { url: "content", valueString: text.en },
        ],
      },
    ],
  };
}

/** The English translation on a primitive, if it has one. */
export function readEnglish(primitive: PrimitiveExtension | undefined): string | undefined {
  for (const ext of primitive?.extension ?? []) {
    if (ext.url !== EXT_TRANSLATION) continue;
    const lang = ext.extension?.find((e) => e.url === "lang")?.valueCode;
    const content = ext.extension?.find((e) => e.url === "content")?.valueString;
    if (lang?.toLowerCase().startsWith("en") && content?.trim()) return content;
  }
  return undefined;
}

export function findExtension(list: Extension[] | undefined, url: string): Extension | undefined {
  return list?.find((e) => e.url === url);
}
