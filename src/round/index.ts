/** The reporting round as plans every door carries out: split by lead agency, merge the agencies' files, completeness, explanations. */
export * from "./calendar";
export * from "./sheet";
export * from "./split";
export * from "./merge";
export * from "./mergeLog";
export * from "./mergeConflicts";
export * from "./mergeReview";
export * from "./formulas";
export * from "./status";
export * from "./messages";
export * from "./outputMark";
export * from "./mergeSource";
export * from "./fileResult";
export * from "./mergeTarget";
export * from "./collectMessages";
