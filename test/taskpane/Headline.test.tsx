/** @jest-environment jsdom */
/** The headline for a chosen agency, percent figures written as the sheet writes them, and focus in the warning bar. */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { planSplit, readRoundSheet } from "../../src/round";
import { MemoryWorkbook, memorySheet } from "../../src/workbook/memory";
import { shippedCatalogue as catalogue } from "../catalogue";
import { col, enabledButton, renderPane, template, withTemplate } from "./pane";

// Fluent's components render slowly in jsdom on a loaded machine; these tests wait on several validations.
jest.setTimeout(20000);

const headline = () => screen.getByRole("heading", { name: /^(Tổng hợp|Totals)$/ }).parentElement as HTMLElement;
const count = (status: string) => headline().querySelector(`li[data-status="${status}"]`)?.textContent;

async function openAgency(name: RegExp): Promise<HTMLElement> {
  const agencies = (await screen.findByRole("heading", { name: /Theo cơ quan chủ trì|By lead agency/ }))
    .parentElement as HTMLElement;
  fireEvent.click(within(agencies).getByRole("button", { name }));
  return agencies;
}

describe("the headline", () => {
  test("an agency's own file (a split's) is counted on that agency's rows, and the pane says whose file it is", async () => {
    const consolidated = await withTemplate({ "12.2": 11.6 });
    const sheet = consolidated.sheets[1];
    const source = readRoundSheet(consolidated.grid(sheet), catalogue);
    const [file] = planSplit(catalogue, source!, { only: "Sở Y tế" });
    const workbook = new MemoryWorkbook(catalogue);
    workbook.sheets = [memorySheet(file.template)];
    workbook.activeSheet = file.template.name;
    renderPane(workbook);
    await screen.findByText("Tệp của Sở Y tế: chỉ đánh giá các chỉ tiêu cơ quan này chủ trì.");
    expect(headline().textContent).toMatch(/6 tháng: \d+\/5 chỉ tiêu/);
    expect(screen.queryByText(/không có dòng của chỉ tiêu/)).toBeNull();
  });

  test("with the sheet filtered to one agency it counts that agency's rows and says so; Hiện tất cả counts all again", async () => {
    // 01 (Sở Kế hoạch và Đầu tư) met; 15.1.1 (Công an tỉnh) exceeded, 15.1.2 off track.
    renderPane(await withTemplate({ "01": 7, "15.1.1": 6.2, "15.1.2": 4.1 }));
    await screen.findByRole("heading", { name: "Tổng hợp" });
    expect(count("met")).toBe("✓Đạt1");
    expect(count("missing")).toMatch(/^–Chưa có số liệu\d+$/);
    const whole = headline().textContent;

    const agencies = await openAgency(/^Công an tỉnh/);
    const filter = await enabledButton(agencies, "Lọc trang tính theo cơ quan này");
    fireEvent.click(filter);
    await screen.findByText("Chỉ tính các chỉ tiêu của Công an tỉnh (cơ quan đang lọc trên trang tính).");
    // Công an tỉnh's five rows: 15.1 judged by its parts (off track), 15.1.1 exceeded, 15.1.2 off track,
    // 15.1.3 and 15.2 without a figure; 01 is not counted.
    expect(headline().textContent).toContain(
      "6 tháng: 1/5 chỉ tiêu đạt hoặc vượt kế hoạch, 0 có nguy cơ không đạt, 2 không đạt."
    );
    expect(count("met")).toBe("✓Đạt0");
    expect(count("exceeded")).toBe("▲Vượt kế hoạch1");
    expect(count("offTrack")).toBe("✕Không đạt2");
    expect(count("missing")).toBe("–Chưa có số liệu2");

    fireEvent.click(await screen.findByRole("button", { name: "Hiện tất cả" }));
    await waitFor(() => expect(screen.queryByText(/Chỉ tính các chỉ tiêu của/)).toBeNull());
    expect(headline().textContent).toBe(whole);
  });

  test("in English too", async () => {
    renderPane(await withTemplate({ "15.1.1": 6.2 }), "en");
    await screen.findByRole("heading", { name: "Totals" });
    const agencies = await openAgency(/^Công an tỉnh/);
    const filter = await enabledButton(agencies, "Filter the sheet to this agency");
    fireEvent.click(filter);
    await screen.findByText("Counting only the indicators of Công an tỉnh (the agency the sheet is filtered to).");
    expect(headline().textContent).toContain("1 of 5 targets met or exceeded");
  });
});

describe("percent figures", () => {
  test.each([
    ["vi" as const, /Sở Văn hóa/, "11", "76,1%"],
    ["en" as const, /Sở Văn hóa/, "11", "76.1%"],
    ["en" as const, /^Công an tỉnh/, "15.1.1", "6.2% reduction"],
  ])(
    "%s: row %s shows %s, without a space before %, as the sheet's % columns write it",
    async (lang, agency, code, shown) => {
      renderPane(await withTemplate({ [code]: code === "11" ? 76.1 : 6.2 }), lang);
      await openAgency(agency);
      const row = await waitFor(() => {
        const li = document.querySelector<HTMLElement>(`li[data-code="${code}"]`);
        expect(li).not.toBeNull();
        return li as HTMLElement;
      });
      expect(row.textContent).toContain(shown);
      expect(row.textContent).not.toMatch(/\d %/);
    }
  );
});

describe("the warning bar's buttons while the pane works", () => {
  test("a period picked keeps focus on its button (aria-disabled, not disabled) and then lands on the new headline", async () => {
    const workbook = await withTemplate({ "05.1": 2030 }, "Quý 2");
    renderPane(workbook);
    const bar = (await screen.findByText("Không đọc được kỳ báo cáo")).closest("[data-kind=period]") as HTMLElement;
    const half = await enabledButton(bar, "6 tháng");
    // Long enough that the busy state is seen on a loaded machine; the waits after it allow for that machine too.
    workbook.latencyMs = 300;
    half.focus();
    fireEvent.click(half);
    await waitFor(() => expect(half.getAttribute("aria-disabled")).toBe("true"));
    // disabledFocusable: the button refuses presses but is not `disabled`, so a browser keeps focus on it
    expect(half.hasAttribute("disabled")).toBe(false);
    expect(document.activeElement).toBe(half);
    await waitFor(() => expect(screen.queryByText("Không đọc được kỳ báo cáo")).toBeNull(), { timeout: 8000 });
    await waitFor(() => expect(document.activeElement?.id).toBe("totals-heading"), { timeout: 8000 });
  });

  test("a structure warning's go-to buttons keep focus too", async () => {
    const workbook = await withTemplate({});
    // 03 typed a second time over 04: the bar says so, with a button to go to the first 03.
    workbook.setCell(template.name, template.rowCodes.indexOf("04"), col("code"), "03");
    renderPane(workbook);
    const bar = (await screen.findByText("Mẫu bị thiếu hoặc sai")).closest("[data-kind=structure]") as HTMLElement;
    const goTo = await enabledButton(bar);
    workbook.latencyMs = 300;
    goTo.focus();
    fireEvent.click(goTo);
    await waitFor(() => expect(goTo.getAttribute("aria-disabled")).toBe("true"));
    expect(goTo.hasAttribute("disabled")).toBe(false);
    expect(document.activeElement).toBe(goTo);
    await waitFor(() => expect(goTo.getAttribute("aria-disabled")).not.toBe("true"), { timeout: 8000 });
    expect(document.activeElement).toBe(goTo);
  });
});
