/** The ribbon's two pages run their inline scripts as a browser would: dialog.html and commands.html. */

import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { parse } from "acorn";

const read = (file: string) => fs.readFileSync(path.join(__dirname, "../../src/commands", file), "utf8");
const scripts = (html: string) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

interface Element {
  textContent: string;
  disabled?: boolean;
  onclick?: () => void;
  focus: () => void;
}

describe("dialog.html", () => {
  const html = read("dialog.html");
  const [inline] = scripts(html);

  function page(search: string, office: unknown) {
    const elements: Record<string, Element> = {};
    for (const id of ["title", "message", "close"]) elements[id] = { textContent: "", focus: jest.fn() };
    const closed = jest.fn();
    const context = {
      window: { location: { search }, Office: office, close: closed },
      document: { documentElement: { lang: "" }, getElementById: (id: string) => elements[id] },
      Office: office,
      decodeURIComponent,
    };
    vm.runInNewContext(inline, context);
    return { elements, closed };
  }

  test("is plain ES5", () => {
    expect(() => parse(inline, { ecmaVersion: 5 })).not.toThrow();
  });

  test("shows the message at once, and lets the button reach Excel only once Office is ready", () => {
    let ready: ((info: unknown) => void) | undefined;
    const sent: string[] = [];
    let parentHandler: ((arg: { message: string }) => void) | undefined;
    const office = {
      onReady: (callback: (info: unknown) => void) => (ready = callback),
      EventType: { DialogParentMessageReceived: "dialogParentMessageReceived" },
      context: {
        ui: {
          messageParent: (m: string) => sent.push(m),
          addHandlerAsync: (_type: string, handler: (arg: { message: string }) => void) => (parentHandler = handler),
        },
      },
    };
    const { elements } = page("?lang=en&m=Checked+37+indicators", office);
    expect(elements.message.textContent).toBe("Checked 37 indicators");
    expect(elements.close.textContent).toBe("Close");
    expect(elements.close.disabled).toBe(true);
    expect(elements.close.onclick).toBeUndefined();
    ready?.({ host: "Excel", platform: "PC" });
    expect(elements.close.disabled).toBe(false);
    elements.close.onclick?.();
    expect(sent).toEqual(["close"]);
    parentHandler?.({ message: "Đã kiểm tra 37 chỉ tiêu" });
    expect(elements.message.textContent).toBe("Đã kiểm tra 37 chỉ tiêu");
  });

  test("joins the message's lines, sent one `m` each so that the URL holds no line break", () => {
    const { elements } = page("?lang=vi&m=D%C3%B2ng+m%E1%BB%99t&m=&m=D%C3%B2ng+ba", undefined);
    expect(elements.message.textContent).toBe("Dòng một\n\nDòng ba");
  });

  test("opened outside Office, the button closes the window", () => {
    const { elements, closed } = page("?m=x", undefined);
    expect(elements.title.textContent).toBe("Chỉ tiêu 2024");
    elements.close.onclick?.();
    expect(closed).toHaveBeenCalled();
  });
});

describe("commands.html, the ribbon's function file", () => {
  const html = read("commands.html");
  const [guard, after] = scripts(html);

  function load(userAgent: string, modern: boolean) {
    const window: Record<string, unknown> = {
      navigator: { userAgent },
      location: { href: "https://chitieu.langson.gov.vn/app/commands.html?_host_Info=Excel" },
    };
    const opened: string[] = [];
    let dialogEvent: (() => void) | undefined;
    const office = {
      context: {
        ui: {
          displayDialogAsync: (url: string, _o: unknown, callback: (r: unknown) => void) => {
            opened.push(url);
            callback({
              status: "succeeded",
              value: { addEventHandler: (_t: string, handler: () => void) => (dialogEvent = handler) },
            });
          },
        },
      },
    } as Record<string, unknown>;
    // Internet Explorer has no Promise, and `?.` is a syntax error to it.
    const ie = {
      Promise: undefined,
      Function: () => {
        throw new SyntaxError("Expected identifier");
      },
    };
    const context: Record<string, unknown> = { window, Office: office, ...(modern ? {} : ie) };
    vm.runInNewContext(guard, context);
    window.Office = office;
    vm.runInNewContext(after, context);
    return { window, opened, office, closeDialog: () => dialogEvent?.() };
  }

  test("is plain ES5, and the check comes before Office.js and the bundle", () => {
    expect(() => parse(guard, { ecmaVersion: 5 })).not.toThrow();
    expect(() => parse(after, { ecmaVersion: 5 })).not.toThrow();
    expect(html.indexOf("chiTieuUnsupported")).toBeLessThan(html.indexOf("office.js"));
  });

  test("in Internet Explorer (Office 2016/2019) the buttons say why, and complete when the message is closed", () => {
    const { window, opened, office, closeDialog } = load(
      "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; ms-office; MSOffice 16)",
      false
    );
    expect(window.chiTieuUnsupported).toBe(true);
    expect(typeof office.initialize).toBe("function");
    const event = { completed: jest.fn() };
    (window.validate as (e: unknown) => void)(event);
    expect(opened).toEqual(["https://chitieu.langson.gov.vn/app/taskpane.html"]);
    expect(event.completed).not.toHaveBeenCalled();
    closeDialog();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("in a modern webview it leaves the buttons to the bundle", () => {
    const { window, office } = load("Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/120.0 Edg/120.0", true);
    expect(window.chiTieuUnsupported).toBe(false);
    expect(window.insertTemplate).toBeUndefined();
    expect(office.initialize).toBeUndefined();
  });
});
