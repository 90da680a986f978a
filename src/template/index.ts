/** The template sheet as data, and how to find it and write results into it: shared by every door. */
export * from "./layout";
export * from "./locate";
export * from "./palette";
export * from "./results";
export * from "./judge";
export * from "./addColumn";
export * from "./legacy";
export * from "./identity";
export * from "./choose";
export * from "./merged";
export * from "./calculation";
