import { createBrowserRouter } from "react-router";
import { BreakdownPage } from "./pages/evaluation/breakdown-page";
import { ContactsPage } from "./pages/evaluation/contacts-page";
import { EvaluationLayout } from "./pages/evaluation/evaluation-layout";
import { ExportPage } from "./pages/evaluation/export-page";
import { OverviewPage } from "./pages/evaluation/overview-page";
import { ProgressionPage } from "./pages/evaluation/progression-page";
import { QuestionnairesPage } from "./pages/evaluation/questionnaires-page";
import { CompaniesPage } from "./pages/companies/companies-page";
import { ResultsPage as ExternalResultsPage } from "./pages/companies/results-page";
import { SendPage as SendEmployerQuestionnairesPage } from "./pages/companies/send-page";
import { ImportPage } from "./pages/import/import-page";
import { InvitationPage } from "./pages/sign-in/invitation-page";
import { MeasurementPlanPage } from "./pages/programmes/measurement-plan-page";
import { NotFoundPage } from "./shell/not-found-page";
import { OrganisationPage } from "./pages/organisation/organisation-page";
import { ParticipantPage } from "./pages/participant/participant-page";
import { ActionPlanPage } from "./pages/participant/action-plan-page";
import { AnswersPage } from "./pages/participant/answers-page";
import { ProgressReportPage } from "./pages/participant/progress-report-page";
import { LazyFillInPage } from "./pages/survey-entry/lazy-fill-in-page";
import { ParticipantsPage } from "./pages/participants/participants-page";
import { ParticipantPrivacyPage } from "./pages/privacy/participant-privacy-page";
import { ParticipantRecordPage } from "./pages/privacy/participant-record-page";
import { PrivacyPage } from "./pages/privacy/privacy-page";
import { ProgrammesPage } from "./pages/programmes/programmes-page";
import { SignInPage } from "./pages/sign-in/sign-in-page";
import { SendPage as SendVolunteerFeedbackPage } from "./pages/volunteers/send-page";
import { VolunteersPage } from "./pages/volunteers/volunteers-page";
import { UsersPage } from "./pages/users/users-page";
import { HomeRedirect } from "./shell/home-redirect";
import { RequireRole } from "./shell/require-role";
import { RequireSession } from "./shell/require-session";

// Served under /staff/ (see vite.config.ts `base`); routes below are relative to it.
export const BASENAME = "/staff";

export const router = createBrowserRouter(
  [
    { path: "/sign-in", element: <SignInPage /> },
    { path: "/invitation/:token", element: <InvitationPage /> },
    {
      path: "/",
      element: <RequireSession />,
      children: [
        { index: true, element: <HomeRedirect /> },
        { path: "participants", element: <RequireRole roles={["mentor"]}><ParticipantsPage /></RequireRole> },
        { path: "participants/:participantId", element: <RequireRole roles={["mentor", "admin"]}><ParticipantPage /></RequireRole> },
        // Print pages: the action plan the participant takes home, the report for the job centre.
        { path: "participants/:participantId/answers/:assessmentId", element: <RequireRole roles={["mentor", "admin"]}><AnswersPage /></RequireRole> },
        // A mentor fills in the participant's questionnaire here: beside them, on the phone, or from paper.
        { path: "participants/:participantId/surveys/:surveyId/fill/:mode", element: <RequireRole roles={["mentor", "admin"]}><LazyFillInPage /></RequireRole> },
        { path: "participants/:participantId/action-plan", element: <RequireRole roles={["mentor", "admin"]}><ActionPlanPage /></RequireRole> },
        { path: "participants/:participantId/report", element: <RequireRole roles={["mentor", "admin"]}><ProgressReportPage /></RequireRole> },
        // Consent, the participant's data (JSON and a printable page) and erasure; retention and the audit log.
        { path: "participants/:participantId/privacy", element: <RequireRole roles={["mentor", "admin"]}><ParticipantPrivacyPage /></RequireRole> },
        { path: "participants/:participantId/privacy/record", element: <RequireRole roles={["admin"]}><ParticipantRecordPage /></RequireRole> },
        { path: "privacy", element: <RequireRole roles={["admin"]}><PrivacyPage /></RequireRole> },
        { path: "programmes", element: <RequireRole roles={["evaluator", "admin"]}><ProgrammesPage /></RequireRole> },
        // Mentors read the plan too (linked from a participant's page); only admins can change it.
        { path: "programmes/:programmeId/plan", element: <RequireRole roles={["mentor", "evaluator", "admin"]}><MeasurementPlanPage /></RequireRole> },
        // The evaluator's view of a programme: sections as sub-routes, the filter in the query string.
        {
          path: "programmes/:programmeId/evaluation",
          element: <RequireRole roles={["evaluator", "admin"]}><EvaluationLayout /></RequireRole>,
          children: [
            { index: true, element: <OverviewPage /> },
            { path: "questionnaires", element: <QuestionnairesPage /> },
            { path: "progression", element: <ProgressionPage /> },
            { path: "contacts", element: <ContactsPage /> },
            { path: "groups", element: <BreakdownPage /> },
            { path: "export", element: <ExportPage /> },
          ],
        },
        // The company register; employer questionnaires sent from it; employers' and volunteers' results.
        { path: "companies", element: <RequireRole roles={["mentor", "evaluator", "admin"]}><CompaniesPage /></RequireRole> },
        { path: "companies/send", element: <RequireRole roles={["mentor", "evaluator", "admin"]}><SendEmployerQuestionnairesPage /></RequireRole> },
        { path: "companies/results", element: <RequireRole roles={["evaluator", "admin"]}><ExternalResultsPage /></RequireRole> },
        // The register of volunteer mentors and the "Frivillig mentor" feedback form sent from it.
        { path: "volunteers", element: <RequireRole roles={["mentor", "admin"]}><VolunteersPage /></RequireRole> },
        { path: "volunteers/send", element: <RequireRole roles={["mentor", "admin"]}><SendVolunteerFeedbackPage /></RequireRole> },
        { path: "organisation", element: <RequireRole roles={["admin"]}><OrganisationPage /></RequireRole> },
        { path: "users", element: <RequireRole roles={["admin"]}><UsersPage /></RequireRole> },
        // Existing answers from SurveyXact or Excel, with a mapping file (larger files: `skridt import`).
        { path: "import", element: <RequireRole roles={["admin"]}><ImportPage /></RequireRole> },
        { path: "*", element: <NotFoundPage /> },
      ],
    },
  ],
  { basename: BASENAME },
);
