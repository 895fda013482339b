// Where the add-in's sheets go among the tabs after a write: in place of those they replace, else after the add-in's
// sheets before them in the order list, summary, Tờ trình, báo cáo 1 … n, biên bản; the clerk's tabs never move.
import { sheetOrder } from "../../../src/core/write/sheetOrder";

const own = (...names: string[]) => names.map((name) => ({ name, own: true }));
const clerk = (...names: string[]) => names.map((name) => ({ name, own: false }));

test("a first dossier goes after the list and the summary, in the documents' order, before the clerk's later tabs", () => {
  const before = [...clerk("Theo dõi"), ...own("DS đề nghị khen thưởng", "Tổng hợp kết quả"), ...clerk("Ghi chú")];
  expect(
    sheetOrder(
      before,
      ["DS đề nghị khen thưởng"],
      ["DS đề nghị khen thưởng", "Tờ trình", "Báo cáo thành tích 1", "Báo cáo thành tích 2", "Biên bản họp bình xét"],
    ),
  ).toEqual([
    "Theo dõi",
    "DS đề nghị khen thưởng",
    "Tổng hợp kết quả",
    "Tờ trình",
    "Báo cáo thành tích 1",
    "Báo cáo thành tích 2",
    "Biên bản họp bình xét",
    "Ghi chú",
  ]);
});

test("a run's new summary goes before the dossier's sheets; the list it replaces keeps its place", () => {
  const before = [...own("Tờ trình", "DS đề nghị khen thưởng", "Biên bản họp bình xét"), ...clerk("Theo dõi")];
  expect(sheetOrder(before, ["DS đề nghị khen thưởng"], ["DS đề nghị khen thưởng", "Tổng hợp kết quả"])).toEqual([
    "Tờ trình",
    "DS đề nghị khen thưởng",
    "Tổng hợp kết quả",
    "Biên bản họp bình xét",
    "Theo dõi",
  ]);
});

test("a third báo cáo goes after the second (by number, not by name), an old one no longer made just goes", () => {
  const before = [...clerk("Theo dõi"), ...own("Tờ trình", "Báo cáo thành tích 2", "Báo cáo thành tích 10", "Biên bản họp bình xét")];
  expect(
    sheetOrder(
      before,
      ["Tờ trình", "Báo cáo thành tích 2", "Báo cáo thành tích 10", "Biên bản họp bình xét"],
      ["Tờ trình", "Báo cáo thành tích 1", "Báo cáo thành tích 2", "Báo cáo thành tích 3", "Biên bản họp bình xét"],
    ),
  ).toEqual(["Theo dõi", "Tờ trình", "Báo cáo thành tích 1", "Báo cáo thành tích 2", "Báo cáo thành tích 3", "Biên bản họp bình xét"]);
});

test("a clerk's renamed copy is not the add-in's: it is neither an anchor nor moved; with no sheet of ours, new ones go last", () => {
  const before = [...clerk("Theo dõi", "Tờ trình đã ký", "Tờ trình")];
  expect(sheetOrder(before, [], ["Tờ trình (2)", "Biên bản họp bình xét"])).toEqual([
    "Theo dõi",
    "Tờ trình đã ký",
    "Tờ trình",
    "Tờ trình (2)",
    "Biên bản họp bình xét",
  ]);
});
