import type { TItem, TSingleChoiceItem } from "@skridt/instruments/client";

/** A run of single-choice questions on one response scale: one grid, a row per question. */
export interface GridBlock {
  kind: "grid";
  items: readonly TSingleChoiceItem[];
}
/** Any other question, drawn as the questionnaire draws it. */
export interface SingleBlock {
  kind: "single";
  item: TItem;
}
export type PaperBlock = GridBlock | SingleBlock;

/** Same options in the same order with the same words, and the same lead-in: one scale. */
const sameScale = (a: TSingleChoiceItem, b: TSingleChoiceItem) => JSON.stringify([a.options, a.stem ?? null]) === JSON.stringify([b.options, b.stem ?? null]);

/** Only plain questions join a grid: help text needs room of its own under its question. */
const gridable = (item: TItem): item is TSingleChoiceItem => item.type === "single-choice" && !item.help;

/**
 * The paper form's layout (issue 16, density): neighbouring single-choice questions that share
 * a response scale become one grid (as on most paper forms: WHO-5, GSE); two make a grid, one
 * alone stays a question of its own.
 */
export function paperBlocks(items: readonly TItem[]): PaperBlock[] {
  const blocks: PaperBlock[] = [];
  let run: TSingleChoiceItem[] = [];
  const flush = () => {
    if (run.length >= 2) blocks.push({ kind: "grid", items: run });
    else for (const item of run) blocks.push({ kind: "single", item });
    run = [];
  };
  for (const item of items) {
    if (gridable(item) && (run.length === 0 || sameScale(run[0] as TSingleChoiceItem, item))) {
      run.push(item);
      continue;
    }
    flush();
    if (gridable(item)) run.push(item);
    else blocks.push({ kind: "single", item });
  }
  flush();
  return blocks;
}
