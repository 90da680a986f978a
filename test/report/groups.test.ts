import { decisionGroups } from "../../src/report";
import { catalogue } from "./sheets";

describe("the decision's groups as the biểu số liệu heads them (--group-by group)", () => {
  const vi = decisionGroups(catalogue, "vi");
  const en = decisionGroups(catalogue, "en");

  test("every group has a name taken from the catalogue: its heading, its one indicator, or who leads it", () => {
    expect(vi.map((g) => g.title)).toEqual([
      "Nhóm 1: Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)",
      "Nhóm 2: Cơ cấu kinh tế",
      "Nhóm 3: Tổng sản phẩm bình quân đầu người trên địa bàn",
      "Nhóm 4: Tổng vốn đầu tư phát triển trên địa bàn",
      "Nhóm 5: các chỉ tiêu do Sở Văn hóa, Thể thao và Du lịch chủ trì",
      "Nhóm 6: các chỉ tiêu do Sở Công Thương, Cục Hải quan chủ trì",
      "Nhóm 7: các chỉ tiêu do Sở Tài chính, Cục Thuế, Cục Hải quan chủ trì",
      "Nhóm 8: Xây dựng thêm xã đạt chuẩn nông thôn mới",
      "Nhóm 9: các chỉ tiêu do Sở Giao thông vận tải chủ trì",
      "Nhóm 10: Phát triển thêm trường học đạt chuẩn quốc gia",
      "Nhóm 11: Tỷ lệ thôn có nhà văn hoá đạt chuẩn",
      "Nhóm 12: các chỉ tiêu do Sở Y tế chủ trì",
      "Nhóm 13: các chỉ tiêu do Sở Lao động - Thương binh và Xã hội chủ trì",
      "Nhóm 14: Giảm tỷ lệ hộ nghèo",
      "Nhóm 15: các chỉ tiêu do Sở Giao thông vận tải, Công an tỉnh chủ trì",
      "Nhóm 16: các chỉ tiêu do Sở Nông nghiệp và Phát triển nông thôn chủ trì",
      "Nhóm 17: Tỷ lệ dân cư nông thôn được sử dụng nước hợp vệ sinh",
      "Nhóm 18: các chỉ tiêu do Sở Tài nguyên và Môi trường, Sở Y tế chủ trì",
    ]);
  });

  test("in English the same facts: names in English, agencies as the catalogue writes them", () => {
    expect(en[0].title).toBe(`Group 1: ${catalogue.byCode.get("01")?.name.en}`);
    expect(en[1].title).toBe("Group 2: Economic structure");
    expect(en[6].title).toBe("Group 7: targets led by Sở Tài chính, Cục Thuế, Cục Hải quan");
    expect(en[11].title).toBe("Group 12: targets led by Sở Y tế");
    expect(en.map((g) => g.codes)).toEqual(vi.map((g) => g.codes));
  });

  test("a group of one indicator and its parts is named by that indicator; the heading row is no member", () => {
    const parts = vi.find((g) => g.codes.includes("15.1.1"));
    expect(parts?.codes).toEqual(["15.1", "15.1.1", "15.1.2", "15.1.3", "15.2"]);
    expect(vi[1].codes).toEqual(["02.1", "02.2", "02.3", "02.4"]);
    expect(vi[6].codes).toEqual(["07.1", "07.1.1", "07.1.2", "07.2"]);
    // no group is left as a bare number
    for (const g of [...vi, ...en]) expect(g.title).toMatch(/^(Nhóm|Group) \d+: \S/);
  });
});
