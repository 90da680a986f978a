/** The shipped catalogue, loaded, for tests; and loading a variant of it that must load. */

import shipped from "../assets/catalogues/lang-son-2024.json";
import { loadCatalogue, type Catalogue, type CatalogueFile } from "../src/core";

export function loadOrThrow(data: unknown): Catalogue {
  const result = loadCatalogue(data);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.catalogue;
}

export const shippedCatalogue: Catalogue = loadOrThrow(shipped);

/** A deep copy of the shipped catalogue file, to change in a test. */
export function cloneShipped(): CatalogueFile {
  return JSON.parse(JSON.stringify(shipped)) as CatalogueFile;
}
