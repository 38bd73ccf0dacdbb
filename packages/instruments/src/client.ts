// The light entry for browsers: answering helpers and types, without the built-in
// definitions (the participant app gets definitions from the server), keeping its bundle small.
export { isAnswered, type TAnswers, type TAnswerValue } from "./answered";
export { answerSchemaFor } from "./answers";
export { isVisible, visibleItems, progress, type TProgress } from "./visibility";
export { classifyChange, type TChange } from "./change";
export type { TInstrument, TOccasion } from "./instrument";
export type { TItem, TOption, TSingleChoiceItem, TMultipleChoiceItem, TNumberItem, TTextItem, TDateItem } from "./items";
export type { TScale } from "./scales";
export type { TLocalizedText } from "./text";
