/** The catalogue bundled into the pane, the ribbon and the preview (Lạng Sơn 2024), loaded without Ajv's schema code. */
import file from "../../assets/catalogues/lang-son-2024.json";
import { loadShippedCatalogue, type CatalogueFile, type CatalogueLoad } from "../core";

/** Its JSON Schema check runs in test/core/catalogue.test.ts, not in every user's pane. */
export function shippedCatalogue(): CatalogueLoad {
  return loadShippedCatalogue(file as unknown as CatalogueFile);
}
