// Catalogue labels the report names statuses and contact kinds by (the same as the pages').
export { CONTACT_KINDS, STATUSES } from "@skridt/instruments";
/** Bars are labelled with the status name in full; long names are kept whole up to this length. */
export const MAX_STATUS_LABEL = 60;
