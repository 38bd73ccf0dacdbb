// Instrument definition → FHIR R4 Questionnaire. WHO-5 is KL's Questionnaire from FFInst 1.0.0
// exactly (canonical URL, linkIds, SNOMED CT and KL codes); every other instrument gets
// Skridt's canonical URL and carries everything its definition says, so that importing the
// Questionnaire again gives the same definition (from-questionnaire.ts).
import type { TCondition, TInstrument, TItem, TLocalizedText } from "@skridt/instruments";
import type { EnableWhen, Extension, Questionnaire, QuestionnaireItem } from "./fhir-types";
import {
  KL_QUESTIONNAIRE_PROFILE,
  KL_VERSION,
  KL_WHO5_COMMENT,
  KL_WHO5_DESCRIPTION,
  KL_WHO5_ID,
  KL_WHO5_ITEMS,
  KL_WHO5_SCORE_CODE,
  KL_WHO5_URL,
  SNOMED,
} from "./kl-ffinst";
import {
  EXT_AUDIO,
  EXT_EASY_READ,
  EXT_INSTRUMENT,
  EXT_ITEM_CONTROL,
  EXT_MAX_OCCURS,
  EXT_MAX_VALUE,
  EXT_MIN_VALUE,
  EXT_SOURCE_NOTE,
  EXT_UNIT,
  ITEM_CONTROL_SYSTEM,
  SKRIDT_ANSWER_CODES,
  questionnaireId,
  questionnaireUrl,
} from "./skridt-urls";
import { englishOf } from "./translation";

/** Skridt's built-in WHO-5 is the instrument KL's guide defines. */
export function isKlWho5(instrument: Pick<TInstrument, "id">): boolean {
  return instrument.id === "who5";
}

/**
 * KL's WHO-5 Questionnaire (KLToolsCareWHO5.fsh), as the 1.0.0 release publishes it. Skridt's
 * additions to WHO-5 (easy-read help, recorded audio) are not in it: the export stays KL's exactly.
 */
export function klWho5Questionnaire(): Questionnaire {
  return {
    resourceType: "Questionnaire",
    id: KL_WHO5_ID,
    meta: { profile: [KL_QUESTIONNAIRE_PROFILE] },
    url: KL_WHO5_URL,
    version: KL_VERSION,
    name: KL_WHO5_ID,
    status: "draft",
    publisher: "Kommunernes Landsforening",
    description: KL_WHO5_DESCRIPTION,
    code: [{ system: SNOMED, code: KL_WHO5_SCORE_CODE }],
    item: [
      ...KL_WHO5_ITEMS.map((item): QuestionnaireItem => ({
        linkId: item.linkId,
        code: [{ system: SNOMED, code: item.sctCode }],
        text: item.text,
        type: "choice",
        repeats: false,
        answerValueSet: item.valueSet,
      })),
      { linkId: KL_WHO5_COMMENT.linkId, text: KL_WHO5_COMMENT.text, type: "text", repeats: false },
    ],
  };
}

function pascal(id: string): string {
  return id
    .split(/[-_]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
}

const sameText = (a: TLocalizedText | undefined, b: TLocalizedText | undefined) => a?.da === b?.da && a?.en === b?.en;

function answerCode(code: number) {
  return { system: SKRIDT_ANSWER_CODES, code: String(code) };
}

function enableWhen(condition: TCondition, items: readonly TItem[]): Pick<QuestionnaireItem, "enableWhen" | "enableBehavior"> {
  const target = items.find((i) => i.id === condition.itemId);
  if ("answered" in condition) return { enableWhen: [{ question: condition.itemId, operator: "exists", answerBoolean: true }] };
  const values = "equals" in condition ? [condition.equals] : condition.in;
  const one = (value: number): EnableWhen => {
    if (target?.type === "number") {
      return target.integer
        ? { question: condition.itemId, operator: "=", answerInteger: value }
        : { question: condition.itemId, operator: "=", answerDecimal: value };
    }
    return { question: condition.itemId, operator: "=", answerCoding: answerCode(value) };
  };
  return values.length === 1 ? { enableWhen: values.map(one) } : { enableWhen: values.map(one), enableBehavior: "any" };
}

/** A recording per language (item or answer option), as Skridt's audio extension. */
function audioExtension(audio: TLocalizedText): Extension {
  return {
    url: EXT_AUDIO,
    extension: [
      { url: "da", valueUrl: audio.da },
      { url: "en", valueUrl: audio.en },
    ],
  };
}

const helpControl = (): Extension => ({ url: EXT_ITEM_CONTROL, valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code: "help" }] } });

function minMax(min: number | string | undefined, max: number | string | undefined, kind: "valueInteger" | "valueDecimal" | "valueDate"): Extension[] {
  const out: Extension[] = [];
  if (min !== undefined) out.push({ url: EXT_MIN_VALUE, [kind]: min });
  if (max !== undefined) out.push({ url: EXT_MAX_VALUE, [kind]: max });
  return out;
}

function questionItem(item: TItem, items: readonly TItem[]): QuestionnaireItem {
  const extension: Extension[] = [];
  const base: QuestionnaireItem = { linkId: item.id, text: item.prompt.da, _text: englishOf(item.prompt), type: "display" };
  switch (item.type) {
    case "single-choice":
    case "multiple-choice":
      base.type = "choice";
      if (item.type === "multiple-choice") {
        base.repeats = true;
        if (item.maxSelections !== undefined) extension.push({ url: EXT_MAX_OCCURS, valueInteger: item.maxSelections });
      }
      base.answerOption = item.options.map((o) => ({
        valueCoding: { ...answerCode(o.code), display: o.label.da, _display: englishOf(o.label) },
        ...(o.audio ? { extension: [audioExtension(o.audio)] } : {}),
      }));
      break;
    case "number":
      base.type = item.integer ? "integer" : "decimal";
      extension.push(...minMax(item.min, item.max, item.integer ? "valueInteger" : "valueDecimal"));
      if (item.unit) extension.push({ url: EXT_UNIT, valueCoding: { display: item.unit.da, _display: englishOf(item.unit) } });
      break;
    case "text":
      base.type = "text";
      base.maxLength = item.maxLength;
      break;
    case "date":
      base.type = "date";
      extension.push(...minMax(item.min, item.max, "valueDate"));
      break;
  }
  if (item.required) base.required = true;
  if (item.showIf) Object.assign(base, enableWhen(item.showIf, items));
  if (item.sourceNote) extension.push({ url: EXT_SOURCE_NOTE, valueString: item.sourceNote });
  if (item.audio) extension.push(audioExtension(item.audio));
  const helpItems: QuestionnaireItem[] = [];
  if (item.help) helpItems.push({ linkId: `${item.id}.help`, text: item.help.da, _text: englishOf(item.help), type: "display", extension: [helpControl()] });
  // Easy-read help is help shown on request, which is what R4's item control "help" means, so it
  // is a second help child: any FHIR form shows it, and it needs no new way to carry an English
  // text. Only the Skridt marker tells it from the ordinary help (an extension on the item would
  // be as simple for Skridt, but invisible to every other reader).
  if (item.easyRead) {
    helpItems.push({
      linkId: `${item.id}.easy-read`,
      text: item.easyRead.da,
      _text: englishOf(item.easyRead),
      type: "display",
      extension: [helpControl(), { url: EXT_EASY_READ, valueBoolean: true }],
    });
  }
  if (helpItems.length > 0) base.item = helpItems;
  if (extension.length > 0) base.extension = extension;
  return base;
}

/**
 * Items with a shared lead-in ("I de sidste 2 uger ...") become one group whose text is the
 * lead-in; the response nests its answers the same way (to-response.ts).
 */
export function groupedItems<T>(items: readonly TItem[], leaf: (item: TItem) => T | null, group: (first: TItem, children: T[]) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < items.length;) {
    const first = items[i]!;
    let end = i + 1;
    if (first.stem) while (end < items.length && sameText(items[end]!.stem, first.stem)) end++;
    const children = items
      .slice(i, end)
      .map(leaf)
      .filter((c): c is T => c !== null);
    if (first.stem) {
      if (children.length > 0) out.push(group(first, children));
    } else out.push(...children);
    i = end;
  }
  return out;
}

export const groupLinkId = (first: TItem) => `${first.id}.group`;

function instrumentExtension(instrument: TInstrument): Extension {
  const parts: Extension[] = [{ url: "citation", valueString: instrument.source.citation }];
  if (instrument.source.url) parts.push({ url: "source-url", valueString: instrument.source.url });
  for (const occasion of instrument.occasions) parts.push({ url: "occasion", valueCode: occasion });
  // Scoring rules have no place in a Questionnaire: kept whole, as Skridt defines them.
  if (instrument.scales.length > 0) parts.push({ url: "scales", valueString: JSON.stringify(instrument.scales) });
  return { url: EXT_INSTRUMENT, extension: parts };
}

/** Any instrument (built-in or a programme's own) as an R4 Questionnaire. */
export function toQuestionnaire(instrument: TInstrument): Questionnaire {
  if (isKlWho5(instrument)) return klWho5Questionnaire();
  return {
    resourceType: "Questionnaire",
    id: questionnaireId(instrument.id, instrument.version),
    language: "da",
    extension: [instrumentExtension(instrument)],
    url: questionnaireUrl(instrument.id),
    version: instrument.version,
    name: pascal(instrument.id),
    title: instrument.title.da,
    _title: englishOf(instrument.title),
    status: "active",
    publisher: "Skridt",
    description: instrument.introduction.da,
    _description: englishOf(instrument.introduction),
    copyright: instrument.licence,
    item: groupedItems(
      instrument.items,
      (item) => questionItem(item, instrument.items),
      (first, children) => ({ linkId: groupLinkId(first), text: first.stem!.da, _text: englishOf(first.stem!), type: "group", item: children }),
    ),
  };
}
