import { checkProgressionModel } from "./cross-checks";
import { ZProgressionModel, type TProgressionModel, type TProgressionModelInput } from "./model";

/** Thrown for an invalid progression model; `problems` lists every problem found. */
export class ProgressionModelError extends Error {
  readonly modelId: string;
  readonly problems: string[];
  constructor(modelId: string, problems: string[]) {
    super(`Progression model "${modelId}" is invalid:\n- ${problems.join("\n- ")}`);
    this.name = "ProgressionModelError";
    this.modelId = modelId;
    this.problems = problems;
  }
}

function idOf(input: unknown): string {
  const id = input && typeof input === "object" && "id" in input ? (input as { id: unknown }).id : undefined;
  return typeof id === "string" && id !== "" ? id : "(no id)";
}

/** Schema, then cross-checks; the same path for built-ins and programmes' own JSON models. */
export function parseProgressionModel(input: unknown): TProgressionModel {
  const parsed = ZProgressionModel.safeParse(input);
  if (!parsed.success) {
    throw new ProgressionModelError(
      idOf(input),
      parsed.error.issues.map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`),
    );
  }
  const problems = checkProgressionModel(parsed.data);
  if (problems.length > 0) throw new ProgressionModelError(parsed.data.id, problems);
  return parsed.data;
}

/** For code-defined models: typed input, defaults filled in, cross-checked. */
export function defineProgressionModel(definition: TProgressionModelInput): TProgressionModel {
  return parseProgressionModel(definition);
}
