export * from "./auth";
export * from "./participant";
export * from "./programme";
export * from "./user";
export { ROLES, ZOrgScope, ZRole, type TRole } from "../roles";
export * from "./survey";
export * from "./evaluation";
