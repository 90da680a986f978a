/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
   this test reads too early on purpose, to show that the fake refuses it as Office.js does */
import { FakeExcel, MERGED_AREAS_LIMIT, parseAsTyped, payloadBytes, WEB_PAYLOAD_LIMIT, type Shape } from "./fakeExcel";

describe("the fake Excel keeps Office.js' rules", () => {
  test("a property read before load and sync is office-addin-mock's error marker", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    excel.type("Sheet1", 0, 0, 42);
    await excel.host().run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(range.values).toBe("Error, property was not loaded");
      range.load("values");
      expect(range.values).toBe("Error, context.sync() was not called");
      await context.sync();
      expect(range.values).toEqual([[42]]);
    });
  });

  test("a misspelt member does not type-check", () => {
    // @ts-expect-error: Excel.Range has no `valuez`
    const misspelt: Shape<Excel.Range> = { valuez: [] };
    // @ts-expect-error: getRangeByIndexes takes numbers
    const wrongArgs: Shape<Excel.Worksheet> = { getRangeByIndexes: (a: string) => a };
    expect([misspelt, wrongArgs]).toHaveLength(2);
  });
});

/** Runs one batch on the fake, as Excel.run would. */
function run<T>(excel: FakeExcel, batch: (context: Excel.RequestContext) => Promise<T>, delayForCellEdit = false) {
  return excel.run({ delayForCellEdit }, batch);
}

describe("the fake Excel fails where Excel fails", () => {
  test("in cell edit mode a batch fails, unless Excel.run was told to wait for the edit to end", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    excel.startEdit();
    await expect(run(excel, (context) => context.sync())).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
    let done = false;
    const waiting = run(excel, (context) => context.sync(), true).then(() => (done = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toBe(false);
    excel.endEdit();
    await waiting;
    expect(done).toBe(true);
  });

  test("loaded collection items are bound by position; getItem(id) by id", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    for (const formula of ["=A", "=B", "=C", "=D"]) {
      excel.highlights.push({
        sheet: "Sheet1",
        address: { row: 0, col: 0, rows: 1, cols: 1 },
        type: "Custom",
        formula,
        deleted: false,
      });
    }
    await run(excel, async (context) => {
      const formats = context.workbook.worksheets.getItem("Sheet1").getRange().conditionalFormats;
      formats.load("items/id,items/type");
      await context.sync();
      // Ascending deletes: item 1 is, by then, the old item 2.
      formats.items[0].delete();
      formats.items[1].delete();
      await context.sync();
    });
    const live = () => excel.highlights.filter((h) => !h.deleted).map((h) => h.formula);
    expect(live()).toEqual(["=B", "=D"]);
    await expect(
      run(excel, async (context) => {
        const formats = context.workbook.worksheets.getItem("Sheet1").getRange().conditionalFormats;
        formats.load("items/id");
        await context.sync();
        formats.items[0].delete();
        formats.items[1].delete();
        formats.items[1].delete(); // there is no second item any more
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    excel.highlights.forEach((h) => (h.deleted = false));
    const [, b, , d] = excel.highlights;
    await run(excel, async (context) => {
      const formats = context.workbook.worksheets.getItem("Sheet1").getRange().conditionalFormats;
      formats.getItem(b.id as string).delete();
      formats.getItem(d.id as string).delete();
      await context.sync();
    });
    expect(live()).toEqual(["=A", "=C"]);
  });

  test("a batch is not a transaction: what was queued before the failing operation has happened", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    excel.failOperation = { match: "B1:B1.values", code: "GeneralException", message: "boom" };
    await expect(
      run(excel, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [[1]];
        sheet.getRange("B1").values = [[2]];
        sheet.getRange("C1").values = [[3]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect([0, 1, 2].map((c) => excel.cell("Sheet1", 0, c)?.value)).toEqual([1, undefined, undefined]);
  });

  test("sheets have ids; a deleted sheet's handlers never fire again; a copy has none; the collection hears all", async () => {
    const excel = new FakeExcel();
    const first = excel.addSheet("A");
    excel.addSheet("B");
    expect(first.id).toMatch(/^\{[0-9A-F-]+\}$/i);
    const heard: string[] = [];
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem("A").onChanged.add(async (e) => void heard.push(`A ${e.address}`));
      context.workbook.worksheets.onChanged.add(async (e) => void heard.push(`all ${e.worksheetId} ${e.address}`));
      await context.sync();
    });
    excel.edit("A", 0, 0, 1);
    const copy = excel.copySheet("A", "A (2)");
    excel.edit("A (2)", 1, 1, 2);
    await excel.settle();
    expect(heard).toEqual([`A A1`, `all ${first.id} A1`, `all ${copy.id} B2`]);
    expect(copy.handlers).toEqual([]);
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem(first.id).delete();
      await context.sync();
    });
    expect(first.handlers).toEqual([]);
    expect(() => excel.edit("A", 0, 0, 3)).toThrow(/doesn't exist/);
  });

  test("the add-in's own writes raise change events, unless events are off", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    const sources: unknown[] = [];
    await run(excel, async (context) => {
      context.workbook.worksheets.onChanged.add(async (e) => void sources.push(e.triggerSource));
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
      context.runtime.enableEvents = false;
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[2]];
      await context.sync();
    });
    excel.edit("Sheet1", 2, 0, 3); // staff's edits are not heard either while events are off
    await excel.settle();
    expect(sources).toEqual(["ThisLocalAddin"]);
    expect(excel.eventsEnabled).toBe(false);
  });

  test("a request or response over 5 MB fails with Request- or ResponsePayloadSizeLimitExceeded", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Big");
    const text = "x".repeat(100);
    for (let r = 0; r < 20_000; r++) for (let c = 0; c < 3; c++) excel.type("Big", r, c, text);
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("Big").getRange("A1:C20000").load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem("Big").getRange("A1:C2000").load("values");
      await context.sync();
    });
    const rows = Array.from({ length: 20_000 }, () => [text, text, text]);
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("Big").getRange("A1:C20000").values = rows;
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  test("the 5 MB are bytes of UTF-8: Vietnamese text over the limit in bytes fails though its characters fit", async () => {
    expect(payloadBytes([["Công an tỉnh"]])).toBe(21); // 12 letters in 15 bytes (ô two, ỉ three), and [["…"]]
    const excel = new FakeExcel();
    excel.addSheet("Big");
    const text = "Sở Nông nghiệp và Phát triển nông thôn ".repeat(2);
    for (let r = 0; r < 60_000; r++) excel.type("Big", r, 0, text);
    const grid = Array.from({ length: 60_000 }, () => [text]);
    // Some 4,9 million characters, 6,2 million bytes.
    expect(JSON.stringify(grid).length).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(payloadBytes(grid)).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("Big").getRange("A1:A60000").load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("Big").getRange("A1:A60000").values = grid;
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  test("text written as values is read as typed, unless the cell is formatted as text", async () => {
    expect(parseAsTyped("-", "General")).toEqual({ value: "#NAME?", formula: "=" });
    expect(parseAsTyped("+1abc", "General").formula).toBe("=1abc");
    expect(parseAsTyped("@x", "General").formula).toBe("=x");
    expect(parseAsTyped("=A1", "General")).toEqual({ value: "", formula: "=A1" });
    expect(parseAsTyped("02.1", "General")).toEqual({ value: 2.1 });
    expect(parseAsTyped("02.1", "@")).toEqual({ value: "02.1" });
    expect(parseAsTyped("- ghi chú", "@")).toEqual({ value: "- ghi chú" });
    expect(parseAsTyped("Đạt", "General")).toEqual({ value: "Đạt" });
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    excel.type("Sheet1", 0, 1, "", "@");
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["02.1", "02.1"]];
      await context.sync();
    });
    expect([excel.cell("Sheet1", 0, 0)?.value, excel.cell("Sheet1", 0, 1)?.value]).toEqual([2.1, "02.1"]);
  });

  test("a sheet added appears at the next sync; a sync that fails before anything adds none", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    await run(excel, async (context) => {
      context.workbook.worksheets.add("Mới");
      expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
      await context.sync();
    });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", "Mới"]);
    excel.failNextSync = { code: "GeneralException", message: "boom" };
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.add("Khác");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "GeneralException" });
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.add("mới");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", "Mới"]);
  });

  test("a protected structure: workbook.protection.protected says so; adding, deleting, renaming a sheet is AccessDenied after what came before", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    excel.addSheet("Sheet2");
    excel.structureProtected = true;
    const attempts: ((context: Excel.RequestContext) => void)[] = [
      (context) => context.workbook.worksheets.add("Mới"),
      (context) => context.workbook.worksheets.getItem("Sheet2").delete(),
      (context) => (context.workbook.worksheets.getItem("Sheet2").name = "Khác"),
    ];
    for (const attempt of attempts) {
      await expect(
        run(excel, async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[7]];
          attempt(context);
          context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [[8]];
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one Excel.run per attempt, each with one sync
          await context.sync();
        })
      ).rejects.toMatchObject({ code: "AccessDenied" });
    }
    // The write queued before the refusal happened; the one after it did not.
    expect([excel.cell("Sheet1", 0, 0)?.value, excel.cell("Sheet1", 0, 1)?.value]).toEqual([7, undefined]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", "Sheet2"]);
    const seen = await run(excel, async (context) => {
      const protection = context.workbook.protection;
      protection.load("protected");
      await context.sync();
      return protection.protected;
    });
    expect(seen).toBe(true);
    excel.structureProtected = false;
    await run(excel, async (context) => {
      context.workbook.worksheets.add("Mới");
      await context.sync();
    });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", "Sheet2", "Mới"]);
  });

  test("a protected sheet refuses values in locked cells, number formats, hiding rows and the AutoFilter", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    await run(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2").format.protection.locked = false;
      sheet.getRange("C2").setCellProperties([[{ format: { protection: { locked: false } } }]]);
      await context.sync();
    });
    excel.sheet("Sheet1").protected = true;
    const refused: ((sheet: Excel.Worksheet) => void)[] = [
      (sheet) => (sheet.getRange("A1").values = [[1]]),
      (sheet) =>
        (sheet.getRange("B2:C3").values = [
          [1, 2],
          [3, 4],
        ]),
      (sheet) => (sheet.getRange("A2").formulas = [["=1"]]),
      (sheet) => (sheet.getRange("B2").numberFormat = [["0.0"]]),
      (sheet) => (sheet.getRange("A4:A5").rowHidden = true),
      (sheet) => sheet.autoFilter.apply(sheet.getRange("A1:C5"), 0, { filterOn: "Custom", criterion1: "=*x*" }),
      (sheet) => sheet.autoFilter.clearCriteria(),
    ];
    for (const change of refused) {
      await expect(
        run(excel, async (context) => {
          change(context.workbook.worksheets.getItem("Sheet1"));
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one Excel.run per change, each with one sync
          await context.sync();
        })
      ).rejects.toMatchObject({ code: "AccessDenied" });
    }
    // Cells unlocked before the sheet was protected still take values, as staff can type there.
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2:C2").values = [[5, 6]];
      await context.sync();
    });
    const sheet = excel.sheet("Sheet1");
    expect([excel.cell("Sheet1", 1, 1)?.value, excel.cell("Sheet1", 1, 2)?.value]).toEqual([5, 6]);
    expect(excel.cell("Sheet1", 0, 0)).toBeUndefined();
    expect([sheet.hiddenRows.size, sheet.autoFilter.enabled]).toEqual([0, false]);
  });

  test("a context cannot sync after its Excel.run ended, unless run again with Excel.run(context, …)", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    const kept = await run(excel, async (context) => context);
    await expect(kept.sync()).rejects.toMatchObject({ code: "InvalidObjectPath" });
    await excel.run(kept, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
    });
    expect(excel.cell("Sheet1", 0, 0)?.value).toBe(1);
  });

  test("over 512 merged areas in a range, getMergedAreasOrNullObject fails at sync, saying where", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    for (let i = 0; i < MERGED_AREAS_LIMIT + 1; i++) excel.mergeCells("Sheet1", `A${2 * i + 1}:B${2 * i + 1}`);
    const areas = (context: Excel.RequestContext, address: string) => {
      const found = context.workbook.worksheets.getItem("Sheet1").getRange(address).getMergedAreasOrNullObject();
      found.load("areaCount");
      return found;
    };
    const fewer = await run(excel, async (context) => {
      const found = areas(context, `A1:B${2 * MERGED_AREAS_LIMIT}`);
      await context.sync();
      return found.areaCount;
    });
    expect(fewer).toBe(MERGED_AREAS_LIMIT);
    await expect(
      run(excel, async (context) => {
        areas(context, "A:B");
        await context.sync();
      })
    ).rejects.toMatchObject({
      code: "GeneralException",
      debugInfo: { code: "GeneralException", errorLocation: "Range.getMergedAreasOrNullObject" },
    });
  });

  test("failNextSync may let syncs pass first and say where the error happened", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    excel.failNextSync = { code: "ItemNotFound", message: "gone", errorLocation: "Worksheet.getRange", after: 1 };
    const synced: number[] = [];
    const failure = run(excel, async (context) => {
      await context.sync();
      synced.push(1);
      await context.sync();
      synced.push(2);
    });
    await expect(failure).rejects.toMatchObject({
      code: "ItemNotFound",
      debugInfo: { errorLocation: "Worksheet.getRange" },
    });
    expect(synced).toEqual([1]);
    expect(excel.failNextSync).toBeUndefined();
  });
});
