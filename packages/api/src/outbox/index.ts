// The durable outbox: messages are rows first, then sent by each server process's worker.
export { configureOutbox, outboxSettings, type TOutboxSettings } from "./settings";
export { enqueueMessage, type TEnqueue } from "./enqueue";
export { runOutboxOnce, startOutboxWorker, type TOutboxWorker, type TOutboxRunResult } from "./worker";
export { optOutByToken, type TOptOutResult } from "./opt-out";
export { schedulePlanInvitations, PLAN_WINDOW_DAYS } from "./schedule";
export { reminderDaysOf, DEFAULT_REMINDER_DAYS, ZReminderDays } from "./reminder-days";
export { channelFor } from "./recipient";
