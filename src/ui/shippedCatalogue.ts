/** The catalogue bundled into the pane, the ribbon and the preview (Lạng Sơn 2024). */
import file from "../../assets/catalogues/lang-son-2024.json";
import { indexCatalogue, type Catalogue, type CatalogueFile } from "../core";

let indexed: Catalogue | undefined;

/**
 * Indexed without checks: every test loads this very file through loadCatalogue, its JSON Schema and the checks a
 * schema cannot make (test/catalogue.ts, test/core/catalogue.test.ts), so a broken file fails the tests, not a
 * user's pane. Proving it again at every start-up was about 7 ms of the pane's first read (bench:pane).
 */
export function shippedCatalogue(): Catalogue {
  indexed ??= indexCatalogue(file as unknown as CatalogueFile);
  return indexed;
}
