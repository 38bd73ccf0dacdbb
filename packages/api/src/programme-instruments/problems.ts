// Problems in a programme's definition file, each with the JSON path of the field and a
// message in Danish and English, so an administrator can find and fix it. The checks are
// the instrument package's own (schema, then cross-references); this file only words them.
import { describePath, InstrumentDefinitionError, parseInstrumentDefinition, ZInstrument, type TInstrument } from "@skridt/instruments";
import { z } from "zod";

export interface DefinitionProblem {
  /** Where in the file, e.g. `items[2] ("ude").max`; "(root)" for the file as a whole. */
  path: string;
  da: string;
  en: string;
}

export type DefinitionCheck = { ok: true; instrument: TInstrument } | { ok: false; problems: DefinitionProblem[] };

const danishErrors = z.locales.da().localeError;

/** The schema's own English messages (custom regex messages) in Danish; zod's built-in ones come from its Danish locale. */
const CUSTOM_MESSAGES: Record<string, string> = {
  "must be lower-case letters/digits joined by - or _": "må kun være små bogstaver (a-z) og tal, adskilt af - eller _",
  "must be a semver version like 1.0.0": "skal være et versionsnummer som 1.0.0",
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) node = node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  return node;
}

function schemaProblems(input: unknown): DefinitionProblem[] | null {
  const english = ZInstrument.safeParse(input);
  if (english.success) return null;
  const danish = ZInstrument.safeParse(input, { error: danishErrors });
  return english.error.issues.map((issue, index) => {
    // zod says "expected object, received undefined"; an author needs to hear the field is missing.
    if (issue.code === "invalid_type" && issue.path.length > 0 && valueAt(input, issue.path) === undefined) {
      return { path: describePath(input, issue.path), da: "Feltet mangler", en: "This field is missing" };
    }
    const da = danish.success ? issue.message : (danish.error.issues[index]?.message ?? issue.message);
    return { path: describePath(input, issue.path), da: CUSTOM_MESSAGES[da] ?? da, en: issue.message };
  });
}

type Rule = [RegExp, (m: string[]) => string];

/** Every message packages/instruments/src/cross-checks.ts writes, in Danish. A test checks none is missed. */
const CROSS_CHECK_DANISH: Rule[] = [
  [/^item id "(.+)" is used more than once$/, (m) => `spørgsmåls-id "${m[1]}" bruges mere end én gang`],
  [/^scale id "(.+)" is used more than once$/, (m) => `skala-id "${m[1]}" bruges mere end én gang`],
  [/^option code (.+) is used more than once$/, (m) => `svarkoden ${m[1]} bruges mere end én gang`],
  [/^maxSelections (.+) exceeds the (.+) options$/, (m) => `maxSelections ${m[1]} er flere end de ${m[2]} svarmuligheder`],
  [/^min (.+) is greater than max (.+)$/, (m) => `min ${m[1]} er større end max ${m[2]}`],
  [/^display condition refers to unknown item "(.+)"$/, (m) => `visningsbetingelsen henviser til et ukendt spørgsmål "${m[1]}"`],
  [
    /^display condition refers to "(.+)", which does not come before it$/,
    (m) => `visningsbetingelsen henviser til "${m[1]}", som ikke kommer før dette spørgsmål`,
  ],
  [/^display condition uses code (.+), which "(.+)" does not have$/, (m) => `visningsbetingelsen bruger koden ${m[1]}, som "${m[2]}" ikke har`],
  [
    /^display condition compares codes of (.+) item "(.+)"; use \{ answered: true \}$/,
    (m) => `visningsbetingelsen sammenligner koder for ${m[1]}-spørgsmålet "${m[2]}"; brug { answered: true }`,
  ],
  [/^item "(.+)" is listed more than once$/, (m) => `spørgsmålet "${m[1]}" står der mere end én gang`],
  [/^refers to unknown item "(.+)"$/, (m) => `henviser til et ukendt spørgsmål "${m[1]}"`],
  [
    /^item "(.+)" is (.+); only single-choice and number items can be scored$/,
    (m) => `spørgsmålet "${m[1]}" er ${m[2]}; kun single-choice- og number-spørgsmål kan indgå i en score`,
  ],
  [
    /^item "(.+)" has both recode and reverse; put the reversal in the recode table$/,
    (m) => `spørgsmålet "${m[1]}" har både recode og reverse; læg vendingen ind i recode-tabellen`,
  ],
  [/^item "(.+)": recode needs a single-choice item$/, (m) => `spørgsmålet "${m[1]}": recode kræver et single-choice-spørgsmål`],
  [/^item "(.+)": recode lists code (.+) more than once$/, (m) => `spørgsmålet "${m[1]}": recode nævner koden ${m[2]} mere end én gang`],
  [/^item "(.+)": recode has no value for code (.+)$/, (m) => `spørgsmålet "${m[1]}": recode mangler en værdi for koden ${m[2]}`],
  [/^item "(.+)": recode lists code (.+), which is not an option$/, (m) => `spørgsmålet "${m[1]}": recode nævner koden ${m[2]}, som ikke er en svarmulighed`],
  [/^number item "(.+)" needs min and max to be scored$/, (m) => `talspørgsmålet "${m[1]}" skal have min og max for at kunne indgå i en score`],
  [/^maxMissing (.+) would allow scoring with no items answered$/, (m) => `maxMissing ${m[1]} ville give en score, selv om ingen spørgsmål er besvaret`],
  [/^range min (.+) must be below max (.+)$/, (m) => `range min ${m[1]} skal være mindre end max ${m[2]}`],
  [/^declared range (.+) does not match what the items give: (.+)$/, (m) => `det angivne interval ${m[1]} passer ikke med det, spørgsmålene giver: ${m[2]}`],
  [/^cut-off (.+) has no max; only the last band may be open$/, (m) => `grænse ${m[1]} har ingen max; kun det sidste interval må være åbent`],
  [/^cut-off maxima must increase \(band (.+): (.+)\)$/, (m) => `grænsernes max skal stige (interval ${m[1]}: ${m[2]})`],
  [/^cut-off (.+) lies outside the range (.+)$/, (m) => `grænsen ${m[1]} ligger uden for intervallet ${m[2]}`],
  [
    /^the last band ends at (.+), below the range max (.+); leave its max out$/,
    (m) => `det sidste interval slutter ved ${m[1]}, under intervallets max ${m[2]}; udelad dets max`,
  ],
];

export function danishCrossCheck(message: string): string {
  for (const [pattern, word] of CROSS_CHECK_DANISH) {
    const m = pattern.exec(message);
    if (m) return word([...m]);
  }
  return message;
}

/** `item "x": …` and `scale "s": …` become the JSON path of that item or scale. */
function crossCheckProblem(input: TInstrument, message: string): DefinitionProblem {
  const scoped = /^(item|scale) "([^"]+)": (.+)$/.exec(message);
  if (scoped) {
    const [, kind, id, rest] = scoped as unknown as [string, "item" | "scale", string, string];
    const list = kind === "item" ? input.items : input.scales;
    const index = list.findIndex((x) => x.id === id);
    const path = index >= 0 ? `${kind}s[${index}] ("${id}")` : `${kind}s`;
    return { path, da: danishCrossCheck(rest), en: rest };
  }
  const path = message.startsWith("item id") ? "items" : message.startsWith("scale id") ? "scales" : "(root)";
  return { path, da: danishCrossCheck(message), en: message };
}

/** Checks a definition (JSON text or a parsed value) with the same schema and cross-checks as the built-ins. */
export function checkDefinitionFile(json: unknown): DefinitionCheck {
  let value = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json);
    } catch (e) {
      const reason = (e as Error).message;
      return { ok: false, problems: [{ path: "(root)", da: `Filen er ikke gyldig JSON: ${reason}`, en: `The file is not valid JSON: ${reason}` }] };
    }
  }
  const fromSchema = schemaProblems(value);
  if (fromSchema) return { ok: false, problems: fromSchema };
  try {
    return { ok: true, instrument: parseInstrumentDefinition(value) };
  } catch (e) {
    if (!(e instanceof InstrumentDefinitionError)) throw e;
    const parsed = ZInstrument.parse(value);
    return { ok: false, problems: e.problems.map((p) => crossCheckProblem(parsed, p)) };
  }
}
