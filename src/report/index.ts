/** The period's report as data, from a validation's results: shared by the sheet, the .xlsx and the .docx. */
export * from "./content";
export * from "./rows";
export * from "./wording";
export * from "./read";
export * from "./strings";
export * from "./sheet";
export * from "./plan";
export { bodyName, placeInEnglish } from "./bodies";
