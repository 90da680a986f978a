import { agencyAbbreviation, agencyRole, placeOf } from "../../src/cli/reportDocxFrame";
import { shippedCatalogue as catalogue } from "../catalogue";

describe("the Word draft's frame", () => {
  test.each([
    ["Sở Tài chính", "STC"],
    ["Sở Y tế", "SYT"],
    ["Sở Nông nghiệp và Môi trường", "SNNMT"],
    ["Sở Kế hoạch và Đầu tư", "SKHĐT"],
    ["Công an tỉnh", "CAT"],
    ["Sở Lao động - Thương binh và Xã hội", "SLĐTBXH"],
  ])("the number of a report by %s carries %s", (agency, initials) => {
    expect(agencyAbbreviation(agency)).toBe(initials);
  });

  test("every lead agency of the catalogue gets initials of capitals only", () => {
    for (const agency of catalogue.leadAgencies) expect(agencyAbbreviation(agency)).toMatch(/^[A-ZĐ]{2,}$/u);
  });

  test.each([
    ["UBND tỉnh Lạng Sơn", "Lạng Sơn"],
    ["Ủy ban nhân dân thành phố Hà Nội", "Hà Nội"],
    ["Bộ Tài chính", undefined],
  ])("the date line of a report under %s is written in %s", (issuer, place) => {
    expect(placeOf(issuer)).toBe(place);
  });

  test("the shipped decision names the province the reports are dated in", () => {
    expect(placeOf(catalogue.decision.issuer)).toBe("Lạng Sơn");
  });
});

describe("who heads and signs the draft, by the kind of agency (trial 20)", () => {
  test.each([
    ["Sở Tài chính", true, ["GIÁM ĐỐC"]],
    ["Ban Dân tộc", true, ["TRƯỞNG BAN"]],
    ["Cục Thống kê", false, ["CỤC TRƯỞNG"]],
    ["Cục Thuế", false, ["CỤC TRƯỞNG"]],
    ["Công an tỉnh", false, ["GIÁM ĐỐC"]],
    ["UBND huyện Cao Lộc", false, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]],
  ])("%s: under UBND tỉnh %p, signed %p", (agency, underProvince, signer) => {
    const role = agencyRole(agency);
    expect(role.underProvince).toBe(underProvince);
    expect(role.signer.vi).toEqual(signer);
  });

  test("a district's committee numbers its reports /BC-UBND, not with its initials", () => {
    expect(agencyAbbreviation("UBND huyện Cao Lộc")).toBe("UBND");
    expect(agencyAbbreviation("Ủy ban nhân dân huyện Cao Lộc")).toBe("UBND");
  });
});
