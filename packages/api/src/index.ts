import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./root";

export { appRouter, type AppRouter } from "./root";
export { createContext, type Context, type ContextInput, type SessionCookieJar } from "./context";
export { createCallerFactory, type Access, type Meta } from "./trpc";
export { hashPassword, verifyPassword } from "./auth/password";
export { SESSION_IDLE_MS } from "./auth/session";
export { PASSWORD_ONLY, type TSignInMethods } from "./auth/sign-in-methods";
export { emailDomainAllowed, refuseSso, ssoSignIn, SSO_ONLY_PASSWORD, type TSsoIdentity, type TSsoSignInResult } from "./auth/sso-account";
export { endSsoSessions, type TLogoutRequest } from "./auth/sso-logout";
export { newParticipantCode, searchName } from "./participant-code";
export { endReasonOfStatus } from "./participants";
export { audit } from "./audit";
export { canContactParticipant, consentStates, type TCanContactOptions, type TConsentState } from "./consent";
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export { createSurvey } from "./surveys/create";
export { submitSurvey } from "./surveys/submit";
export { knownItemsOf } from "./surveys/known-from-record";
export {
  findInstrument,
  ensureInstruments,
  loadProgrammeInstruments,
  loadAllProgrammeInstruments,
  forgetProgrammeInstruments,
} from "./programme-instruments/cache";
export { addProgrammeInstrument, checkProgrammeInstrument } from "./programme-instruments/store";
export { checkDefinitionFile, type DefinitionProblem } from "./programme-instruments/problems";
