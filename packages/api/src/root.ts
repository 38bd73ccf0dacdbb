import { auditRouter } from "./router/audit";
import { authRouter } from "./router/auth";
import { caseloadRouter } from "./router/caseload";
import { careRouter } from "./router/care";
import { consentRouter } from "./router/consent";
import { companyRouter, volunteerRouter } from "./router/company";
import { contactRouter } from "./router/contact";
import { evaluationRouter } from "./router/evaluation";
import { exportRouter } from "./router/export";
import { externalSurveyRouter } from "./router/external-survey";
import { goalRouter } from "./router/goal";
import { importRouter } from "./router/import";
import { messageRouter } from "./router/message";
import { reportRouter } from "./router/report";
import { reviewRouter } from "./router/review";
import { statusEventRouter } from "./router/status-event";
import { organisationRouter } from "./router/organisation";
import { participantRouter } from "./router/participant";
import { privacyRouter } from "./router/privacy";
import { programmeRouter } from "./router/programme";
import { programmeInstrumentRouter } from "./router/programme-instrument";
import { surveyRouter } from "./router/survey";
import { surveyEntryRouter } from "./router/survey-entry";
import { takeRouter } from "./router/take";
import { userRouter } from "./router/user";
import { router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  organisation: organisationRouter,
  programme: programmeRouter,
  programmeInstrument: programmeInstrumentRouter,
  participant: participantRouter,
  user: userRouter,
  survey: surveyRouter,
  message: messageRouter,
  surveyEntry: surveyEntryRouter,
  take: takeRouter,
  review: reviewRouter,
  goal: goalRouter,
  contact: contactRouter,
  statusEvent: statusEventRouter,
  caseload: caseloadRouter,
  evaluation: evaluationRouter,
  report: reportRouter,
  export: exportRouter,
  import: importRouter,
  company: companyRouter,
  volunteer: volunteerRouter,
  externalSurvey: externalSurveyRouter,
  audit: auditRouter,
  privacy: privacyRouter,
  care: careRouter,
  consent: consentRouter,
});

export type AppRouter = typeof appRouter;
