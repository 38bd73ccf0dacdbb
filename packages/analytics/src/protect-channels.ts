import type { TDisclosure, TKeyedCount, TShown } from "./disclosure";

/**
 * How a questionnaire reached the participant: sent by the outbox ("email", "sms"), or handed
 * over by a mentor in the questionnaire's mode ("self" = link or code handed over, "assisted",
 * "phone", "paper").
 */
export type TQuestionnaireChannel = "email" | "sms" | "self" | "assisted" | "phone" | "paper";

/** One occasion and channel: questionnaires, those answered, and those answered after a reminder, with their key sums. */
export interface TKeyedChannelResponse {
  occasion: string;
  channel: string;
  sent: TKeyedCount;
  completed: TKeyedCount;
  afterReminder: TKeyedCount;
}

export interface TChannelResponse {
  occasion: string;
  channel: string;
  sent: TShown;
  completed: TShown;
  /** completed / sent, both perturbed; hidden with its count. */
  rate: TShown | null;
  /** Answered only after at least one reminder had gone out. */
  afterReminder: TShown;
}

/**
 * Response per occasion and channel as an evaluator may see it (disclosure.ts): every count
 * perturbed by its cell key and shown only from the threshold; rates are ratios of perturbed counts.
 */
export function protectChannelResponses(rows: readonly TKeyedChannelResponse[], d: TDisclosure): TChannelResponse[] {
  return rows.map((r) => {
    const sent = d.perturb(r.sent);
    const completed = d.perturb(r.completed);
    return {
      occasion: r.occasion,
      channel: r.channel,
      sent: d.show(sent),
      completed: d.show(completed),
      rate: d.visible(sent) ? d.share(completed, sent) : d.mark,
      afterReminder: d.count(r.afterReminder),
    };
  });
}
