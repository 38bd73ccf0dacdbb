export { canContactParticipant, type TCanContactOptions } from "./can-contact";
export { consentStateOf, consentStates, isActiveConsent, CONTACT_CONSENT_KIND, FOLLOWUP_CONSENT_KIND, type TConsentState } from "./consent-state";
