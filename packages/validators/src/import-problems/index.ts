export * from "./codes";
export * from "./texts";
