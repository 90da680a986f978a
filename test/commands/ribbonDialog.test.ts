import * as fs from "fs";
import * as path from "path";
/**
 * The ribbon's result dialog as Office runs it: the command completes when the dialog closes, and
 * displayDialogAsync's errors 12007 (a dialog already open) and 12009 (blocked or ignored) are
 * answered ("Handle errors and events in the Office dialog box", learn.microsoft.com).
 */

import { FakeExcel, type Shape } from "../excel/fakeExcel";

type Handler = (arg?: unknown) => void;

interface FakeDialog {
  url: string;
  handlers: Map<string, Handler>;
  closed: boolean;
  children: string[];
}

/** Office as a function file sees it, with displayDialogAsync answering as told. */
function office(answers: ("ok" | "failed" | 12007 | 12009)[], dialogApi12 = true) {
  const excel = new FakeExcel();
  excel.addSheet("Sheet1");
  const associated = new Map<string, (event: Office.AddinCommands.Event) => Promise<void>>();
  const dialogs: FakeDialog[] = [];
  const opened: string[] = [];
  const stub: Shape<typeof Office> & Record<string, unknown> = {
    onReady: ((callback: () => void) => {
      callback();
      return Promise.resolve({ host: "Excel", platform: "PC" });
    }) as unknown as Shape<typeof Office>["onReady"],
    actions: {
      associate: (name: string, action: (event?: unknown) => void) => {
        associated.set(name, action as unknown as (event: Office.AddinCommands.Event) => Promise<void>);
      },
    },
    context: {
      displayLanguage: "en-GB",
      requirements: {
        isSetSupported: (name: string, version?: number | string) =>
          (name === "ExcelApi" && Number(version) <= 1.9) || (name === "DialogApi" && dialogApi12),
      },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback?: (r: unknown) => void) => {
          // No line break in the URL (office-js #2762): the lines come one `m` each.
          expect(url).not.toMatch(/%0A|%0D|\n/i);
          opened.push(new URL(url).searchParams.getAll("m").join("\n"));
          const answer = answers.shift() ?? "ok";
          if (answer === "failed") {
            callback?.({ status: "failed" });
            return;
          }
          if (answer !== "ok") {
            callback?.({ status: "failed", error: { code: answer, message: "no" } });
            return;
          }
          const dialog: FakeDialog = { url, handlers: new Map(), closed: false, children: [] };
          dialogs.push(dialog);
          callback?.({
            status: "succeeded",
            value: {
              addEventHandler: (type: string, handler: Handler) => dialog.handlers.set(type, handler),
              close: () => (dialog.closed = true),
              messageChild: (message: string) => dialog.children.push(message),
            },
          });
        },
      },
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" } as unknown as typeof Office.AsyncResultStatus,
    EventType: {
      DialogMessageReceived: "dialogMessageReceived",
      DialogEventReceived: "dialogEventReceived",
    } as unknown as typeof Office.EventType,
  };
  const globals = global as unknown as Record<string, unknown>;
  globals.Office = stub;
  globals.Excel = { run: excel.run };
  globals.window = { location: { href: "https://chitieu.langson.gov.vn/commands.html" } };
  jest.isolateModules(() => {
    require("../../src/commands/commands");
  });
  const names = () => [...associated.keys()];
  const press = async (name: string) => {
    const event = { completed: jest.fn() };
    await associated.get(name)?.(event as unknown as Office.AddinCommands.Event);
    return event.completed;
  };
  return { press, dialogs, opened, names };
}

// The dialog's own timer (commands.ts) is Office's clock here, and no dialog left open keeps jest waiting.
beforeEach(() => jest.useFakeTimers());

afterEach(() => {
  jest.useRealTimers();
  const globals = global as unknown as Record<string, unknown>;
  delete globals.Office;
  delete globals.Excel;
  delete globals.window;
  jest.restoreAllMocks();
});

describe("the ribbon's result dialog", () => {
  test("registers both buttons; each says its result, in the language of Office", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const { press, opened, names } = office(["failed", "ok"]);
    expect(names()).toEqual(["insertTemplate", "validate", "makeReport"]);
    // Every button of the manifest that runs a function finds it registered, and no registration is idle.
    const manifest = fs.readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");
    const functions = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect([...functions].sort()).toEqual([...names()].sort());
    expect(await press("insertTemplate")).toHaveBeenCalledTimes(1);
    expect(opened[0]).toMatch(/^The template is in sheet “Chỉ tiêu 2024”/);
    expect(warn).toHaveBeenCalledTimes(1);
    await press("validate");
    // The first dialog failed to open: its result is said first in the next one, not lost.
    expect(opened[1]).toMatch(
      /^The previous result could not be shown:\nThe template is in sheet “Chỉ tiêu 2024”.*\nChecked 37 indicators/s
    );
  });

  test("the command completes when the dialog is closed, not when it opens", async () => {
    const { press, dialogs } = office(["ok"]);
    const completed = await press("insertTemplate");
    expect(dialogs).toHaveLength(1);
    expect(completed).not.toHaveBeenCalled();
    dialogs[0].handlers.get("dialogMessageReceived")?.({ message: "close" });
    expect(dialogs[0].closed).toBe(true);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("a dialog left open closes itself before Office's 5-minute end of the command, so the next press is shown", async () => {
    {
      const { press, dialogs } = office(["ok", "ok"]);
      const first = await press("insertTemplate");
      jest.advanceTimersByTime(4 * 60 * 1000);
      expect(dialogs[0].closed).toBe(false);
      expect(first).not.toHaveBeenCalled();
      jest.advanceTimersByTime(60 * 1000);
      expect(dialogs[0].closed).toBe(true);
      expect(first).toHaveBeenCalledTimes(1);
      // A new press opens a new dialog instead of sending its text to the closed one.
      const second = await press("validate");
      expect(dialogs).toHaveLength(2);
      expect(dialogs[0].children).toEqual([]);
      expect(second).not.toHaveBeenCalled();
    }
  });

  test("the 4.5 minutes count from the command's start, not from the dialog's opening", async () => {
    const { press, dialogs } = office(["ok"]);
    // The check takes 2 minutes (a large workbook on the web).
    const globals = global as unknown as { Excel: { run: (...args: unknown[]) => Promise<unknown> } };
    const run = globals.Excel.run;
    let slow = true;
    globals.Excel.run = (...args) => {
      if (slow) jest.setSystemTime(Date.now() + 2 * 60 * 1000);
      slow = false;
      return run(...args);
    };
    const completed = await press("validate");
    jest.advanceTimersByTime(2.5 * 60 * 1000 - 1000);
    expect(dialogs[0].closed).toBe(false);
    jest.advanceTimersByTime(2000);
    expect(dialogs[0].closed).toBe(true);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("a second press when the dialog is about to close gets a dialog of its own, kept its full time", async () => {
    const { press, dialogs } = office(["ok", "ok"]);
    const first = await press("insertTemplate");
    jest.advanceTimersByTime(4 * 60 * 1000);
    const second = await press("validate");
    // Not sent into the closing dialog: that one closed (its command completed), a new one holds the result.
    expect(dialogs[0].children).toEqual([]);
    expect(dialogs[0].closed).toBe(true);
    expect(first).toHaveBeenCalledTimes(1);
    expect(dialogs).toHaveLength(2);
    jest.advanceTimersByTime(4 * 60 * 1000);
    expect(dialogs[1].closed).toBe(false);
    expect(second).not.toHaveBeenCalled();
    jest.advanceTimersByTime(31 * 1000);
    expect(dialogs[1].closed).toBe(true);
    expect(second).toHaveBeenCalledTimes(1);
  });

  test("closed by the person, the dialog's timer does not complete the command a second time", async () => {
    {
      const { press, dialogs } = office(["ok"]);
      const completed = await press("validate");
      dialogs[0].handlers.get("dialogMessageReceived")?.({ message: "close" });
      jest.advanceTimersByTime(10 * 60 * 1000);
      expect(completed).toHaveBeenCalledTimes(1);
    }
  });

  test("closed with its X, the command completes too, once", async () => {
    const { press, dialogs } = office(["ok"]);
    const completed = await press("validate");
    dialogs[0].handlers.get("dialogEventReceived")?.({ error: 12006 });
    dialogs[0].handlers.get("dialogEventReceived")?.({ error: 12006 });
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("a second press while the dialog is open shows its result in that dialog", async () => {
    const { press, dialogs } = office(["ok"]);
    const first = await press("insertTemplate");
    const second = await press("validate");
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0].children).toEqual([expect.stringMatching(/^Checked 37 indicators/)]);
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
  });

  test("12007 where the dialog cannot be sent the new text: the old one is closed, the new one opened", async () => {
    const { press, dialogs, opened } = office(["ok", 12007, "ok"], false);
    const first = await press("insertTemplate");
    const second = await press("validate");
    expect(dialogs).toHaveLength(2);
    expect(dialogs[0].closed).toBe(true);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
    expect(opened[2]).toMatch(/^Checked 37 indicators/);
  });

  test("12009 (blocked or ignored): the command completes, and the next dialog says the result first", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const { press, opened } = office([12009, "ok"]);
    const completed = await press("insertTemplate");
    expect(completed).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/12009/));
    await press("validate");
    expect(opened[1]).toMatch(
      /^The previous result could not be shown because the dialog was blocked.*\nThe template is in sheet.*\nChecked 37/s
    );
  });
});
