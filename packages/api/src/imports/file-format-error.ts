import type { ImportProblemCode, ImportProblemParams } from "@skridt/validators";

/** The file cannot be read at all: one problem for the whole file, with its code. */
export class FileFormatError extends Error {
  constructor(
    readonly code: ImportProblemCode,
    readonly params: ImportProblemParams = {},
  ) {
    super(code);
  }
}
