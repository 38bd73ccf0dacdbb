// Rules shared by the API's procedures and the apps' forms: zod schemas, the roles, and the
// error keys. Browser-safe and pure: nothing here does I/O or needs Node.
export * from "./text";
export * from "./ids";
export * from "./roles";
export * from "./errors";
export * from "./auth";
export * from "./participant";
export * from "./consent";
export * from "./care";
export * from "./participation";
export * from "./programme";
export * from "./research-export";
export * from "./user";
export * from "./organisation";
export * from "./survey";
export * from "./reason";
export * from "./evaluation";
export * from "./report";
export * from "./enrolment-months";
export * from "./review";
export * from "./goal";
export * from "./contact";
export * from "./status-event";
export * from "./company";
export * from "./external-survey";
export * from "./import-problems";
export * from "./message";
