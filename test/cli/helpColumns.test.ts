/** Trial 24, finding 12: the help names the columns as the template heads them, `% so với KH năm` included. */

import { COLUMNS, OLD_PERCENT_HEADER } from "../../src/template";
import { cliWorkspace } from "./run";

const { run } = cliWorkspace("help-columns");
const PERCENT_HEADER = COLUMNS.find((c) => c.key === "percent")!.header;
const COMMANDS = ["template", "validate", "split", "merge", "status", "report"];

describe("trial 24, finding 12: the help's column names", () => {
  test.each(["vi", "en"])(
    "every help (%s) calls the percent column “% so với KH năm”, never by its old name",
    async (lang) => {
      const helps = [(await run(["--help", "--lang", lang])).out];
      for (const command of COMMANDS) helps.push((await run([command, "--help", "--lang", lang])).out);
      const old = new RegExp(`${OLD_PERCENT_HEADER}(?! năm)`);
      expect(helps.filter((h) => old.test(h))).toEqual([]);
      expect(helps[COMMANDS.indexOf("validate") + 1]).toContain(`"${PERCENT_HEADER}"`);
    }
  );
});
