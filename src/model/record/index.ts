export * from "./sources";
export * from "./evidence";
export * from "./record";
export * from "./reference-versions";
