/** The catalogue schema's validator, compiled ahead of time by scripts/compile-schema.mjs. */
import type { ErrorObject } from "ajv";

declare const validate: {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
};
export default validate;
