// Answers a questionnaire through its personal link as a participant would, one visible item at a
// time (follow-ups appear as answers are given), for tests that need submitted questionnaires with
// chosen scores. Each instrument named in `codes` gets that code for every item; other choice
// items code 3 (or their first option), multiple choice its first option, numbers their minimum.
import { visibleItems } from "@skridt/instruments";
import type { Caller } from "./api";

let mutation = 0;

export async function answerThroughLink(anonymous: Caller, token: string, codes: Record<string, number>, options: { submit?: boolean } = {}) {
  const opened = await anonymous.take.open({ token });
  for (const { definition } of opened.instruments) {
    const answers: Record<string, unknown> = {};
    for (const item of definition.items) {
      if (!visibleItems(definition, answers).some((i) => i.id === item.id)) continue;
      let value: unknown;
      if (codes[definition.id] !== undefined) value = codes[definition.id];
      else if (item.type === "single-choice") value = item.options.some((o) => o.code === 3) ? 3 : item.options[0]!.code;
      else if (item.type === "multiple-choice") value = [item.options[0]!.code];
      else if (item.type === "number") value = item.min ?? 0;
      else continue;
      answers[item.id] = value;
      await anonymous.take.saveAnswer({
        token,
        instrumentId: definition.id,
        itemId: item.id,
        value: value as number,
        clientMutationId: `answer-through-link-${++mutation}`,
        answeredAt: new Date().toISOString(),
      });
    }
  }
  if (options.submit ?? true) await anonymous.take.submit({ token });
}
