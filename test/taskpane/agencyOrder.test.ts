import { inOrder, keepOrder } from "../../src/taskpane/useAgencyOrder";

test("keepOrder: the order shown stays; agencies gone leave it, new ones go at its end", () => {
  expect(keepOrder(["B", "A", "C"], ["A", "B", "C"])).toEqual(["B", "A", "C"]);
  expect(keepOrder(["B", "A", "C"], ["D", "C", "A"])).toEqual(["A", "C", "D"]);
});

test("inOrder: the report's agencies as ordered, the ones the order does not name last", () => {
  const report = [{ agency: "A" }, { agency: "D" }, { agency: "B" }];
  expect(inOrder(report, ["B", "A"]).map((a) => a.agency)).toEqual(["B", "A", "D"]);
  expect(inOrder(report, undefined)).toBe(report);
});
