import { LoadingStatus } from "@skridt/ui";
import { lazy, Suspense, type ComponentType } from "react";
import { useTranslation } from "react-i18next";
import { createBrowserRouter } from "react-router";
import { NotFoundPage } from "./shell/not-found-page";
import { SignInPage } from "./pages/sign-in/sign-in-page";
import { HomeRedirect } from "./shell/home-redirect";
import { RequireRole } from "./shell/require-role";
import { RequireSession } from "./shell/require-session";

/**
 * Each page is a chunk of its own, loaded when its route is first opened: a mentor's browser
 * never downloads the evaluator's pages or the admin's import, and the first screen
 * (sign-in) needs only the shell.
 */
function lazyPage(load: () => Promise<ComponentType>) {
  const Page = lazy(async () => ({ default: await load() }));
  return function LazyPage() {
    return (
      <Suspense fallback={<PageLoading />}>
        <Page />
      </Suspense>
    );
  };
}

function PageLoading() {
  const { t } = useTranslation();
  return <LoadingStatus>{t("common.loading")}</LoadingStatus>;
}

const BreakdownPage = lazyPage(() => import("./pages/evaluation/breakdown-page").then((m) => m.BreakdownPage));
const ContactsPage = lazyPage(() => import("./pages/evaluation/contacts-page").then((m) => m.ContactsPage));
const EvaluationLayout = lazyPage(() => import("./pages/evaluation/evaluation-layout").then((m) => m.EvaluationLayout));
const ExportPage = lazyPage(() => import("./pages/evaluation/export-page").then((m) => m.ExportPage));
const OverviewPage = lazyPage(() => import("./pages/evaluation/overview-page").then((m) => m.OverviewPage));
const ReportPage = lazyPage(() => import("./pages/report/report-page").then((m) => m.ReportPage));
const ProgressionPage = lazyPage(() => import("./pages/evaluation/progression-page").then((m) => m.ProgressionPage));
const QuestionnairesPage = lazyPage(() => import("./pages/evaluation/questionnaires-page").then((m) => m.QuestionnairesPage));
const CompaniesPage = lazyPage(() => import("./pages/companies/companies-page").then((m) => m.CompaniesPage));
const ExternalResultsPage = lazyPage(() => import("./pages/companies/results-page").then((m) => m.ResultsPage));
const SendEmployerQuestionnairesPage = lazyPage(() => import("./pages/companies/send-page").then((m) => m.SendPage));
const ImportPage = lazyPage(() => import("./pages/import/import-page").then((m) => m.ImportPage));
const InvitationPage = lazyPage(() => import("./pages/sign-in/invitation-page").then((m) => m.InvitationPage));
const MeasurementPlanPage = lazyPage(() => import("./pages/programmes/measurement-plan-page").then((m) => m.MeasurementPlanPage));
const OrganisationPage = lazyPage(() => import("./pages/organisation/organisation-page").then((m) => m.OrganisationPage));
const ParticipantPage = lazyPage(() => import("./pages/participant/participant-page").then((m) => m.ParticipantPage));
const ActionPlanPage = lazyPage(() => import("./pages/participant/action-plan-page").then((m) => m.ActionPlanPage));
const AnswersPage = lazyPage(() => import("./pages/participant/answers-page").then((m) => m.AnswersPage));
const ProgressReportPage = lazyPage(() => import("./pages/participant/progress-report-page").then((m) => m.ProgressReportPage));
const LazyFillInPage = lazyPage(() => import("./pages/survey-entry/lazy-fill-in-page").then((m) => m.LazyFillInPage));
const ParticipantsPage = lazyPage(() => import("./pages/participants/participants-page").then((m) => m.ParticipantsPage));
const ParticipantPrivacyPage = lazyPage(() => import("./pages/privacy/participant-privacy-page").then((m) => m.ParticipantPrivacyPage));
const ParticipantRecordPage = lazyPage(() => import("./pages/privacy/participant-record-page").then((m) => m.ParticipantRecordPage));
const PrivacyPage = lazyPage(() => import("./pages/privacy/privacy-page").then((m) => m.PrivacyPage));
const QuestionnaireBuilderPage = lazyPage(() =>
  import("./pages/programmes/instruments/builder/questionnaire-builder-page").then((m) => m.QuestionnaireBuilderPage),
);
const ProgrammesPage = lazyPage(() => import("./pages/programmes/programmes-page").then((m) => m.ProgrammesPage));
const SendVolunteerFeedbackPage = lazyPage(() => import("./pages/volunteers/send-page").then((m) => m.SendPage));
const VolunteersPage = lazyPage(() => import("./pages/volunteers/volunteers-page").then((m) => m.VolunteersPage));
const UsersPage = lazyPage(() => import("./pages/users/users-page").then((m) => m.UsersPage));

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
        {
          path: "participants",
          element: (
            // Administrators too: they end many participations at once (a closing day) from here.
            <RequireRole roles={["mentor", "admin"]}>
              <ParticipantsPage />
            </RequireRole>
          ),
        },
        {
          path: "participants/:participantId",
          element: (
            <RequireRole roles={["mentor", "admin"]}>
              <ParticipantPage />
            </RequireRole>
          ),
        },
        // Print pages: the action plan the participant takes home, the report for the job centre.
        {
          path: "participants/:participantId/answers/:assessmentId",
          element: (
            <RequireRole roles={["mentor", "admin"]}>
              <AnswersPage />
            </RequireRole>
          ),
        },
        // A mentor fills in the participant's questionnaire here: beside them, on the phone, or from paper.
        {
          path: "participants/:participantId/surveys/:surveyId/fill/:mode",
          element: (
            <RequireRole roles={["mentor", "admin"]}>
              <LazyFillInPage />
            </RequireRole>
          ),
        },
        {
          path: "participants/:participantId/action-plan",
          element: (
            <RequireRole roles={["mentor", "admin"]}>
              <ActionPlanPage />
            </RequireRole>
          ),
        },
        {
          path: "participants/:participantId/report",
          element: (
            <RequireRole roles={["mentor", "admin"]}>
              <ProgressReportPage />
            </RequireRole>
          ),
        },
        // Consent, the participant's data (JSON and a printable page) and erasure; retention and the audit log.
        {
          path: "participants/:participantId/privacy",
          element: (
            <RequireRole roles={["mentor", "admin"]}>
              <ParticipantPrivacyPage />
            </RequireRole>
          ),
        },
        {
          path: "participants/:participantId/privacy/record",
          element: (
            <RequireRole roles={["admin"]}>
              <ParticipantRecordPage />
            </RequireRole>
          ),
        },
        {
          path: "privacy",
          element: (
            <RequireRole roles={["admin"]}>
              <PrivacyPage />
            </RequireRole>
          ),
        },
        {
          path: "programmes",
          element: (
            <RequireRole roles={["evaluator", "admin"]}>
              <ProgrammesPage />
            </RequireRole>
          ),
        },
        // Mentors read the plan too (linked from a participant's page); only admins can change it.
        {
          path: "programmes/:programmeId/plan",
          element: (
            <RequireRole roles={["mentor", "evaluator", "admin"]}>
              <MeasurementPlanPage />
            </RequireRole>
          ),
        },
        // The programme's own questionnaire built in a form (the same definition a file upload gives).
        {
          path: "programmes/:programmeId/instruments/new",
          element: (
            <RequireRole roles={["admin"]}>
              <QuestionnaireBuilderPage />
            </RequireRole>
          ),
        },
        // The evaluator's view of a programme: sections as sub-routes, the filter in the query string.
        {
          path: "programmes/:programmeId/evaluation",
          element: (
            <RequireRole roles={["evaluator", "admin"]}>
              <EvaluationLayout />
            </RequireRole>
          ),
          children: [
            { index: true, element: <OverviewPage /> },
            { path: "questionnaires", element: <QuestionnairesPage /> },
            { path: "progression", element: <ProgressionPage /> },
            { path: "contacts", element: <ContactsPage /> },
            { path: "groups", element: <BreakdownPage /> },
            { path: "export", element: <ExportPage /> },
          ],
        },
        // The evaluation report of a programme and period (issue 15): preview, Word, print.
        {
          path: "report",
          element: (
            <RequireRole roles={["evaluator", "admin"]}>
              <ReportPage />
            </RequireRole>
          ),
        },
        // The company register; employer questionnaires sent from it; employers' and volunteers' results.
        {
          path: "companies",
          element: (
            <RequireRole roles={["mentor", "evaluator", "admin"]}>
              <CompaniesPage />
            </RequireRole>
          ),
        },
        {
          path: "companies/send",
          element: (
            <RequireRole roles={["mentor", "evaluator", "admin"]}>
              <SendEmployerQuestionnairesPage />
            </RequireRole>
          ),
        },
        {
          path: "companies/results",
          element: (
            <RequireRole roles={["evaluator", "admin"]}>
              <ExternalResultsPage />
            </RequireRole>
          ),
        },
        // The register of volunteer mentors and the "Frivillig mentor" feedback form sent from it.
        {
          path: "volunteers",
          element: (
            <RequireRole roles={["mentor", "admin"]}>
              <VolunteersPage />
            </RequireRole>
          ),
        },
        {
          path: "volunteers/send",
          element: (
            <RequireRole roles={["mentor", "admin"]}>
              <SendVolunteerFeedbackPage />
            </RequireRole>
          ),
        },
        {
          path: "organisation",
          element: (
            <RequireRole roles={["admin"]}>
              <OrganisationPage />
            </RequireRole>
          ),
        },
        {
          path: "users",
          element: (
            <RequireRole roles={["admin"]}>
              <UsersPage />
            </RequireRole>
          ),
        },
        // Existing answers from SurveyXact or Excel, with a mapping file (larger files: `skridt import`).
        {
          path: "import",
          element: (
            <RequireRole roles={["admin"]}>
              <ImportPage />
            </RequireRole>
          ),
        },
        { path: "*", element: <NotFoundPage /> },
      ],
    },
  ],
  { basename: BASENAME },
);
