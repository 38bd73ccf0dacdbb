export { careDueItems, type TCareDue } from "./due";
export { recordCareFollowUp } from "./follow-up";
export { participantCare, careForSubmittedSurvey, type TCareQuestionnaire } from "./participant-care";
export { programmeCare, programmeCareFromStored, type TProgrammeCare } from "./programme-rules";
