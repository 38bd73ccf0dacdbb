// FHIR R4 Questionnaire → a programme's own instrument definition (the JSON format of
// packages/instruments). Supported: choice (answerOption, or KL's WHO-5 answer value sets, or
// a contained ValueSet), integer, decimal, string, text, boolean, date, groups (their text
// becomes the shared lead-in of their questions), help texts (and Skridt's easy-read help and
// recorded audio, from its own extensions) and simple enableWhen (= on one
// question, several = with enableBehavior "any", exists). Anything else is named as a problem
// and nothing is imported, so no feature disappears unnoticed. What had to be filled in or
// chosen (a missing English text, numbering of non-numeric answer codes, ...) is listed as a note.
// The result still goes through Skridt's own definition checks (parseInstrumentDefinition /
// the programme-instrument store), with their problem texts.
import { MAX_TEXT_LENGTH, OCCASIONS, who5, type TLocalizedText } from "@skridt/instruments";
import type { AnswerOption, Coding, EnableWhen, Extension, PrimitiveExtension, Questionnaire, QuestionnaireItem } from "./fhir-types";
import { KL_VALUE_SETS } from "./kl-ffinst";
import { fhirProblem, type TFhirProblem } from "./problems";
import {
  EXT_AUDIO,
  EXT_EASY_READ,
  EXT_INSTRUMENT,
  EXT_ITEM_CONTROL,
  EXT_MAX_OCCURS,
  EXT_MAX_VALUE,
  EXT_MIN_VALUE,
  EXT_ORDINAL_VALUE,
  EXT_SOURCE_NOTE,
  EXT_UNIT,
  SKRIDT_CANONICAL,
} from "./skridt-urls";
import { findExtension, readEnglish } from "./translation";

export type TImportResult =
  { ok: true; definition: Record<string, unknown>; notes: TFhirProblem[] } | { ok: false; problems: TFhirProblem[]; notes: TFhirProblem[] };

const ID_PATTERN = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const QUESTION_TYPES = new Set(["choice", "integer", "decimal", "string", "text", "boolean", "date"]);
const KNOWN_ITEM_EXTENSIONS = new Set([EXT_MIN_VALUE, EXT_MAX_VALUE, EXT_UNIT, EXT_MAX_OCCURS, EXT_SOURCE_NOTE, EXT_AUDIO]);

const WHO5_ENGLISH = new Map(who5.items[0]!.type === "single-choice" ? who5.items[0]!.options.map((o) => [o.code, o.label.en]) : []);

/** A Skridt id from any linkId or name: lower-case ASCII words joined by "_". */
export function slugId(raw: string): string {
  const ascii = raw
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  const id = /^[a-z]/.test(ascii) ? ascii : `q${ascii}`;
  return id.slice(0, 64).replace(/_+$/, "");
}

interface Option {
  code: number;
  label: TLocalizedText;
  audio?: TLocalizedText;
  /** What an enableWhen answerCoding / value may say for this option. */
  matches: (value: Coding | number | string) => boolean;
}

interface Question {
  item: QuestionnaireItem;
  id: string;
  path: string;
  stem?: TLocalizedText;
  inherited: EnableWhen[];
  inheritedBehavior?: "all" | "any";
  options?: Option[];
}

class Importer {
  problems: TFhirProblem[] = [];
  notes: TFhirProblem[] = [];
  private missingEnglish = false;
  private questions: Question[] = [];
  private byLinkId = new Map<string, Question>();
  private usedIds = new Set<string>();

  constructor(private q: Questionnaire) {}

  problem(path: string, da: string, en: string) {
    this.problems.push(fhirProblem(path, da, en));
  }
  note(path: string, da: string, en: string) {
    this.notes.push(fhirProblem(path, da, en));
  }

  text(da: string | undefined, primitive: PrimitiveExtension | undefined, path: string): TLocalizedText {
    const danish = da?.trim() ?? "";
    const english = readEnglish(primitive);
    if (!english && danish) this.missingEnglish = true;
    if (!danish) this.problem(path, "Teksten mangler", "The text is missing");
    return { da: danish, en: english ?? danish };
  }

  unknownExtensions(list: Extension[] | undefined, known: Set<string>, path: string) {
    for (const ext of list ?? []) {
      if (known.has(ext.url)) continue;
      this.note(
        `${path}.extension("${ext.url}")`,
        `Udvidelsen ${ext.url} kender Skridt ikke; den er ikke taget med`,
        `Skridt does not know the extension ${ext.url}; it was left out`,
      );
    }
  }

  modifiers(node: { modifierExtension?: Extension[] }, path: string) {
    for (const ext of node.modifierExtension ?? []) {
      this.problem(
        `${path}.modifierExtension("${ext.url}")`,
        `Udvidelsen ${ext.url} ændrer betydningen, og Skridt kender den ikke`,
        `The extension ${ext.url} changes the meaning, and Skridt does not know it`,
      );
    }
  }

  /** Skridt's audio extension (a recording per language), if the element has one. */
  audio(list: Extension[] | undefined, path: string): TLocalizedText | undefined {
    const ext = findExtension(list, EXT_AUDIO);
    if (!ext) return undefined;
    const url = (lang: string) => ext.extension?.find((e) => e.url === lang)?.valueUrl?.trim();
    const da = url("da");
    const en = url("en");
    if (da && en) return { da, en };
    this.problem(
      `${path}.extension("${EXT_AUDIO}")`,
      "Lydoptagelsen skal have en adresse på dansk og på engelsk",
      "The audio recording needs an address in Danish and in English",
    );
    return undefined;
  }

  newId(linkId: string, path: string): string {
    let id = ID_PATTERN.test(linkId) && linkId.length <= 64 ? linkId : slugId(linkId);
    if (!id) id = `q${this.questions.length + 1}`;
    const base = id;
    for (let n = 2; this.usedIds.has(id); n++) id = `${base.slice(0, 60)}_${n}`;
    this.usedIds.add(id);
    if (id !== linkId) this.note(path, `linkId "${linkId}" er blevet til id'et "${id}"`, `linkId "${linkId}" became the id "${id}"`);
    return id;
  }

  /** First pass: every question in order, with its group's lead-in and conditions. */
  collect(items: QuestionnaireItem[] | undefined, path: string, group?: { stem?: TLocalizedText; enableWhen: EnableWhen[]; behavior?: "all" | "any" }) {
    (items ?? []).forEach((item, index) => {
      const here = `${path}[${index}] ("${item.linkId}")`;
      this.modifiers(item, here);
      if (item.type === "group") {
        if (group) {
          this.problem(here, "Grupper inde i grupper understøttes ikke", "Groups inside groups are not supported");
          return;
        }
        if (item.repeats) this.problem(`${here}.repeats`, "Gentagne grupper understøttes ikke", "Repeating groups are not supported");
        if (item.required) this.note(`${here}.required`, "Gruppens 'required' er ikke taget med", "The group's 'required' was left out");
        this.unknownExtensions(item.extension, new Set(), here);
        const stem = item.text ? this.text(item.text, item._text, `${here}.text`) : undefined;
        this.collect(item.item, `${here}.item`, { stem, enableWhen: item.enableWhen ?? [], behavior: item.enableBehavior });
        return;
      }
      if (item.type === "display") {
        this.problem(
          here,
          "Tekst uden spørgsmål (type display) understøttes kun som hjælpetekst til et spørgsmål",
          "Text without a question (type display) is only supported as a question's help text",
        );
        return;
      }
      if (!QUESTION_TYPES.has(item.type)) {
        this.problem(`${here}.type`, `Spørgsmålstypen "${item.type}" understøttes ikke`, `The question type "${item.type}" is not supported`);
        return;
      }
      if (this.byLinkId.has(item.linkId)) {
        this.problem(`${here}.linkId`, `linkId "${item.linkId}" bruges mere end én gang`, `linkId "${item.linkId}" is used more than once`);
        return;
      }
      const question: Question = {
        item,
        id: this.newId(item.linkId, here),
        path: here,
        stem: group?.stem,
        inherited: group?.enableWhen ?? [],
        inheritedBehavior: group?.behavior,
      };
      this.questions.push(question);
      this.byLinkId.set(item.linkId, question);
    });
  }

  options(question: Question): Option[] | undefined {
    const { item, path } = question;
    if (item.answerValueSet) {
      const kl = KL_VALUE_SETS.get(item.answerValueSet);
      if (kl) {
        return kl.map((a) => ({
          code: a.level,
          label: { da: a.label, en: WHO5_ENGLISH.get(a.level) ?? a.label },
          matches: (v) => typeof v === "object" && v.code === a.code,
        }));
      }
      const contained = item.answerValueSet.startsWith("#") ? this.containedValueSet(item.answerValueSet.slice(1)) : undefined;
      if (contained) return this.codingOptions(contained, `${path}.answerValueSet`);
      this.problem(
        `${path}.answerValueSet`,
        `Svarmulighederne står i værdisættet ${item.answerValueSet}, som Skridt ikke kender; skriv dem som answerOption`,
        `The answers are in the value set ${item.answerValueSet}, which Skridt does not know; list them as answerOption`,
      );
      return undefined;
    }
    const list = item.answerOption ?? [];
    if (list.length === 0) {
      this.problem(`${path}.answerOption`, "Spørgsmålet har ingen svarmuligheder", "The question has no answer options");
      return undefined;
    }
    if (list.every((o) => o.valueCoding))
      return this.codingOptions(
        list.map((o, i) => ({ ...o.valueCoding!, ordinal: ordinalOf(o), audio: this.audio(o.extension, `${path}.answerOption[${i}]`) })),
        `${path}.answerOption`,
      );
    if (list.every((o) => typeof o.valueInteger === "number")) {
      return list.map((o, i) => ({
        code: o.valueInteger!,
        label: { da: String(o.valueInteger), en: String(o.valueInteger) },
        audio: this.audio(o.extension, `${path}.answerOption[${i}]`),
        matches: (v) => v === o.valueInteger,
      }));
    }
    if (list.every((o) => typeof o.valueString === "string")) {
      this.note(
        `${path}.answerOption`,
        "Tekst-svarmulighederne har fået koderne 1, 2, 3 ... i rækkefølge",
        "The text answer options were given the codes 1, 2, 3 ... in order",
      );
      return list.map((o, i) => ({
        code: i + 1,
        label: this.text(o.valueString, undefined, `${path}.answerOption[${i}]`),
        audio: this.audio(o.extension, `${path}.answerOption[${i}]`),
        matches: (v) => v === o.valueString,
      }));
    }
    this.problem(
      `${path}.answerOption`,
      "Svarmuligheder af typen dato, tid eller reference understøttes ikke",
      "Answer options of type date, time or reference are not supported",
    );
    return undefined;
  }

  containedValueSet(id: string): (Coding & { ordinal?: number })[] | undefined {
    const vs = (this.q.contained ?? []).find(
      (r): r is { resourceType: string; id: string; compose?: { include?: { system?: string; concept?: { code: string; display?: string }[] }[] } } =>
        typeof r === "object" && r !== null && (r as { resourceType?: string }).resourceType === "ValueSet" && (r as { id?: string }).id === id,
    );
    if (!vs) return undefined;
    return (vs.compose?.include ?? []).flatMap((inc) => (inc.concept ?? []).map((c) => ({ system: inc.system, code: c.code, display: c.display })));
  }

  codingOptions(codings: (Coding & { ordinal?: number; audio?: TLocalizedText })[], path: string): Option[] {
    const numeric = codings.every((c) => c.code !== undefined && /^-?\d+$/.test(c.code));
    const ordinal = !numeric && codings.every((c) => c.ordinal !== undefined && Number.isInteger(c.ordinal));
    if (!numeric && !ordinal) {
      this.note(
        path,
        "Svarkoderne er ikke tal og har fået koderne 1, 2, 3 ... i rækkefølge",
        "The answer codes are not numbers and were given the codes 1, 2, 3 ... in order",
      );
    }
    return codings.map((c, i) => ({
      code: numeric ? Number(c.code) : ordinal ? c.ordinal! : i + 1,
      label: this.text(c.display ?? c.code, c._display, `${path}[${i}].display`),
      audio: c.audio,
      matches: (v) => typeof v === "object" && v.code === c.code && (!v.system || !c.system || v.system === c.system),
    }));
  }

  /** enableWhen → Skridt's showIf: one question, "=" (several only with "any") or "exists". */
  condition(question: Question): Record<string, unknown> | undefined {
    const own = question.item.enableWhen ?? [];
    if (own.length > 0 && question.inherited.length > 0) {
      this.problem(
        `${question.path}.enableWhen`,
        "Både gruppen og spørgsmålet har en visningsbetingelse; Skridt kan kun have én",
        "Both the group and the question have a display condition; Skridt can only have one",
      );
      return undefined;
    }
    const list = own.length > 0 ? own : question.inherited;
    const behavior = own.length > 0 ? question.item.enableBehavior : question.inheritedBehavior;
    const path = `${question.path}.enableWhen`;
    if (list.length === 0) return undefined;
    const targets = new Set(list.map((c) => c.question));
    if (targets.size > 1 || (list.length > 1 && behavior !== "any")) {
      this.problem(
        path,
        'Kun betingelser på ét spørgsmål understøttes (flere svar kun med enableBehavior "any")',
        'Only conditions on one question are supported (several answers only with enableBehavior "any")',
      );
      return undefined;
    }
    const target = this.byLinkId.get(list[0]!.question);
    if (!target) {
      this.problem(
        path,
        `Betingelsen henviser til et ukendt spørgsmål "${list[0]!.question}"`,
        `The condition refers to an unknown question "${list[0]!.question}"`,
      );
      return undefined;
    }
    if (list.length === 1 && list[0]!.operator === "exists") {
      if (list[0]!.answerBoolean === true) return { itemId: target.id, answered: true };
      this.problem(path, 'Kun "exists = true" understøttes', 'Only "exists = true" is supported');
      return undefined;
    }
    const codes: number[] = [];
    for (const [index, c] of list.entries()) {
      if (c.operator !== "=") {
        this.problem(
          `${path}[${index}].operator`,
          `Operatoren "${c.operator}" understøttes ikke (kun = og exists)`,
          `The operator "${c.operator}" is not supported (only = and exists)`,
        );
        return undefined;
      }
      const code = this.codeFor(target, c);
      if (code === undefined) {
        this.problem(
          `${path}[${index}]`,
          "Betingelsens svar findes ikke blandt spørgsmålets svar",
          "The condition's answer is not one of the question's answers",
        );
        return undefined;
      }
      codes.push(code);
    }
    return codes.length === 1 ? { itemId: target.id, equals: codes[0] } : { itemId: target.id, in: codes };
  }

  codeFor(target: Question, c: EnableWhen): number | undefined {
    if (target.item.type === "boolean" && typeof c.answerBoolean === "boolean") return c.answerBoolean ? 1 : 0;
    if (target.item.type === "integer" || target.item.type === "decimal") return c.answerInteger ?? c.answerDecimal;
    const value = c.answerCoding ?? c.answerInteger ?? c.answerString;
    if (value === undefined) return undefined;
    return target.options?.find((o) => o.matches(value))?.code;
  }

  /** The help children: the ordinary help, and the easy-read help (marked with Skridt's extension). */
  help(question: Question): { help?: TLocalizedText; easyRead?: TLocalizedText } {
    let help: TLocalizedText | undefined;
    let easyRead: TLocalizedText | undefined;
    (question.item.item ?? []).forEach((child, index) => {
      const path = `${question.path}.item[${index}] ("${child.linkId}")`;
      const control = findExtension(child.extension, EXT_ITEM_CONTROL)?.valueCodeableConcept?.coding?.[0]?.code;
      const helpChild = child.type === "display" && (control === "help" || control === undefined);
      const easy = findExtension(child.extension, EXT_EASY_READ)?.valueBoolean === true;
      if (helpChild && easy && !easyRead) easyRead = this.text(child.text, child._text, `${path}.text`);
      else if (helpChild && !easy && !help) help = this.text(child.text, child._text, `${path}.text`);
      else this.problem(path, "Spørgsmål inde i et spørgsmål understøttes ikke", "Questions nested inside a question are not supported");
    });
    return { ...(help ? { help } : {}), ...(easyRead ? { easyRead } : {}) };
  }

  bounds(item: QuestionnaireItem): { min?: number | string; max?: number | string } {
    const read = (url: string) => {
      const ext = findExtension(item.extension, url);
      return ext?.valueInteger ?? ext?.valueDecimal ?? ext?.valueDate;
    };
    const min = read(EXT_MIN_VALUE);
    const max = read(EXT_MAX_VALUE);
    return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  }

  item(question: Question): Record<string, unknown> | undefined {
    const { item, path } = question;
    this.unknownExtensions(item.extension, KNOWN_ITEM_EXTENSIONS, path);
    if (item.initial?.length) this.note(`${path}.initial`, "Forudfyldte svar er ikke taget med", "Pre-filled answers were left out");
    if (item.readOnly) this.problem(`${path}.readOnly`, "Skrivebeskyttede spørgsmål understøttes ikke", "Read-only questions are not supported");
    if (item.repeats && item.type !== "choice")
      this.problem(`${path}.repeats`, "Kun valgspørgsmål kan have flere svar", "Only choice questions can have several answers");
    const out: Record<string, unknown> = { id: question.id, prompt: this.text(item.text, item._text, `${path}.text`) };
    const { help, easyRead } = this.help(question);
    if (help) out.help = help;
    if (easyRead) out.easyRead = easyRead;
    const audio = this.audio(item.extension, path);
    if (audio) out.audio = audio;
    if (question.stem) out.stem = question.stem;
    out.required = item.required ?? false;
    const showIf = this.condition(question);
    if (showIf) out.showIf = showIf;
    const sourceNote = findExtension(item.extension, EXT_SOURCE_NOTE)?.valueString;
    if (sourceNote) out.sourceNote = sourceNote;
    switch (item.type) {
      case "choice": {
        if (!question.options) return undefined;
        out.options = question.options.map((o) => ({ code: o.code, label: o.label, ...(o.audio ? { audio: o.audio } : {}) }));
        if (item.repeats) {
          out.type = "multiple-choice";
          const max = findExtension(item.extension, EXT_MAX_OCCURS)?.valueInteger;
          if (max !== undefined) out.maxSelections = max;
        } else out.type = "single-choice";
        break;
      }
      case "boolean":
        this.note(
          path,
          "Ja/nej-spørgsmålet er blevet et valg mellem Ja (kode 1) og Nej (kode 0)",
          "The yes/no question became a choice of Ja (code 1) and Nej (code 0)",
        );
        out.type = "single-choice";
        out.options = [
          { code: 1, label: { da: "Ja", en: "Yes" } },
          { code: 0, label: { da: "Nej", en: "No" } },
        ];
        break;
      case "integer":
      case "decimal": {
        out.type = "number";
        out.integer = item.type === "integer";
        Object.assign(out, this.bounds(item));
        const unit = findExtension(item.extension, EXT_UNIT)?.valueCoding;
        if (unit) out.unit = this.text(unit.display ?? unit.code, unit._display, `${path}.extension("${EXT_UNIT}")`);
        break;
      }
      case "string":
      case "text": {
        out.type = "text";
        const limit = item.maxLength ?? (item.type === "string" ? 255 : 500);
        if (limit > MAX_TEXT_LENGTH) {
          this.note(
            `${path}.maxLength`,
            `Længden er sat ned til Skridts højeste, ${MAX_TEXT_LENGTH} tegn`,
            `The length was lowered to Skridt's maximum, ${MAX_TEXT_LENGTH} characters`,
          );
        }
        out.maxLength = Math.min(limit, MAX_TEXT_LENGTH);
        break;
      }
      case "date":
        out.type = "date";
        Object.assign(out, this.bounds(item));
        break;
      default:
        return undefined;
    }
    return out;
  }

  instrumentParts() {
    const ext = findExtension(this.q.extension, EXT_INSTRUMENT);
    const part = (url: string) => ext?.extension?.filter((e) => e.url === url) ?? [];
    const citation = part("citation")[0]?.valueString;
    const sourceUrl = part("source-url")[0]?.valueString;
    const occasions = part("occasion").map((e) => e.valueCode);
    const scalesText = part("scales")[0]?.valueString;
    let scales: unknown = [];
    if (scalesText) {
      try {
        scales = JSON.parse(scalesText);
      } catch {
        this.problem(`extension("${EXT_INSTRUMENT}").scales`, "Skalaerne er ikke gyldig JSON", "The scales are not valid JSON");
      }
    } else if (!ext)
      this.note(
        "(root)",
        "Spørgeskemaet har ingen skalaer (scoringsregler); svarene gemmes, men giver ingen score",
        "The questionnaire has no scales (scoring rules); answers are kept but give no score",
      );
    return { citation, sourceUrl, occasions, scales };
  }

  run(): TImportResult {
    const q = this.q;
    if ((q as { resourceType?: string }).resourceType !== "Questionnaire") {
      return { ok: false, problems: [fhirProblem("resourceType", "Filen er ikke et FHIR Questionnaire", "The file is not a FHIR Questionnaire")], notes: [] };
    }
    this.modifiers(q, "(root)");
    this.unknownExtensions(q.extension, new Set([EXT_INSTRUMENT]), "(root)");
    this.collect(q.item, "item");
    for (const question of this.questions) if (question.item.type === "choice") question.options = this.options(question);
    const items = this.questions.map((question) => this.item(question)).filter((i): i is Record<string, unknown> => i !== undefined);
    if (this.questions.length === 0) this.problem("item", "Spørgeskemaet har ingen spørgsmål", "The questionnaire has no questions");

    const fromSkridt = q.url?.startsWith(`${SKRIDT_CANONICAL}/Questionnaire/`);
    const rawId = fromSkridt ? q.url!.slice(`${SKRIDT_CANONICAL}/Questionnaire/`.length) : (q.name ?? q.id ?? q.title ?? "");
    const id = ID_PATTERN.test(rawId) ? rawId : slugId(rawId);
    if (id !== rawId) this.note("name", `Spørgeskemaets id er "${id}" (fra "${rawId}")`, `The questionnaire's id is "${id}" (from "${rawId}")`);
    let version = q.version ?? "";
    if (!SEMVER.test(version)) {
      this.note(
        "version",
        `Versionen "${version}" er ikke på formen 1.0.0; den er sat til 1.0.0`,
        `The version "${version}" is not of the form 1.0.0; it was set to 1.0.0`,
      );
      version = "1.0.0";
    }
    const titleText = q.title ?? q.name ?? id;
    if (!q.title) this.note("title", `Spørgeskemaet har ingen titel; "${titleText}" bruges`, `The questionnaire has no title; "${titleText}" is used`);
    const title = this.text(titleText, q._title, "title");
    const introduction = q.description ? this.text(q.description, q._description, "description") : title;
    if (!q.description) this.note("description", "Ingen beskrivelse; titlen bruges som introduktion", "No description; the title is used as the introduction");
    const parts = this.instrumentParts();
    const occasions = parts.occasions.length > 0 ? parts.occasions : [...OCCASIONS];
    if (parts.occasions.length === 0) this.note("(root)", "Kan bruges ved start, slut og opfølgning", "Can be used at start, end and follow-up");
    const citation = parts.citation ?? [q.publisher, titleText, q.url ? `${q.url}${q.version ? `|${q.version}` : ""}` : undefined].filter(Boolean).join(", ");
    const sourceUrl = parts.sourceUrl ?? (!parts.citation && q.url && /^https?:\/\//.test(q.url) ? q.url : undefined);
    const licence = q.copyright?.trim() || "Ikke angivet i FHIR-filen / not stated in the FHIR file";
    if (!q.copyright?.trim()) this.note("copyright", "Filen siger intet om licens/copyright", "The file says nothing about licence/copyright");
    if (this.missingEnglish)
      this.note(
        "(root)",
        "Nogle tekster har ingen engelsk oversættelse; den danske tekst bruges",
        "Some texts have no English translation; the Danish text is used",
      );

    if (this.problems.length > 0) return { ok: false, problems: this.problems, notes: this.notes };
    return {
      ok: true,
      notes: this.notes,
      definition: {
        id,
        version,
        kind: "questionnaire",
        title,
        introduction,
        source: { citation: citation || titleText, ...(sourceUrl ? { url: sourceUrl } : {}) },
        licence,
        occasions,
        items,
        scales: parts.scales,
      },
    };
  }
}

function ordinalOf(option: AnswerOption): number | undefined {
  const ext = findExtension(option.extension, EXT_ORDINAL_VALUE) ?? findExtension(option.valueCoding?.extension, EXT_ORDINAL_VALUE);
  return ext?.valueDecimal ?? ext?.valueInteger;
}

/** FHIR Questionnaire (parsed JSON) → definition JSON for packages/instruments, or the problems. */
export function fromQuestionnaire(questionnaire: unknown): TImportResult {
  if (!questionnaire || typeof questionnaire !== "object") {
    return { ok: false, problems: [fhirProblem("(root)", "Filen er ikke et JSON-objekt", "The file is not a JSON object")], notes: [] };
  }
  return new Importer(questionnaire as Questionnaire).run();
}
