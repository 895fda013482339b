/**
 * @jest-environment jsdom
 */
// The pane and several tracking sheets, the unit, run-level failures and the ribbon in the same runtime: the notice
// names the sheets left out and how to include them, a problem selects its cell on its own sheet, the unit and its
// source are said, E_NO_ROOM is its plain message, and what the ribbon's commands do shows in the pane.
import { act } from "react";
import { DEFAULT_CATALOG } from "../../src/core/catalog";
import { scoreWorkbook, type ScoreOptions } from "../../src/core/engine";
import { countErrors, runSummary } from "../../src/core/messages";
import { describeFailure } from "../../src/core/read/failure";
import type { RunReport } from "../../src/excel/api";
import { App } from "../../src/taskpane/App";
import { ribbonLink } from "../../src/taskpane/ribbonLink";
import { book, flatSheet, PERSON_FIELDS } from "../helpers/sheet";
import { button, click, mount, textOf, waitFor, type Mounted } from "./dom";
import { fakeHost, sampleReport } from "./fakeHost";

let m: Mounted | undefined;
afterEach(() => {
  m?.unmount();
  m = undefined;
});

const FIELDS = [...PERSON_FIELDS, "hs_da_giai_quyet", "hs_dung_han"];
const sector = (name: string, people: [string, number][]) =>
  flatSheet(
    FIELDS,
    people.map(([ho_ten, dung], i) => ({ stt: i + 1, ho_ten, chuc_vu: "Công chức", linh_vuc: name, hs_da_giai_quyet: 50, hs_dung_han: dung })),
    name,
  );
const twoSectors = () =>
  book(
    sector("Tư pháp", [
      ["Nguyễn Văn An", 50],
      ["Lê Thị Hoa", 52],
    ]),
    sector("Văn phòng", [
      ["Trần Thị Mai", 60],
      ["Đỗ Văn Nam", 40],
    ]),
  );

function reportOf(opts: ScoreOptions): RunReport {
  const out = scoreWorkbook(twoSectors(), opts);
  if (!out.ok) throw new Error(JSON.stringify(out.failure));
  const r = out.run.result;
  return {
    result: r,
    summaryText: runSummary({ rows: r.rows.length, errors: countErrors(r.rows), nominees: r.nominees.length, tieReview: r.tieReview.length }),
    sheetsWritten: [],
    retries: 0,
    catalog: out.run.catalog,
    catalogSheet: null,
  };
}

test("the sheets left out are named, with how to include them; the unit used and where it came from are said", async () => {
  const host = fakeHost({ outcome: { ok: true, report: reportOf({ sheets: ["Tư pháp"] }) } });
  m = await mount(<App host={host} />);
  await click(button(m.container, "Chấm điểm & Xếp hạng"));
  const notice = await waitFor(() => m!.container.querySelector<HTMLElement>("[data-testid=notice]")!);
  expect(textOf(notice)).toBe(
    "Còn 1 trang theo dõi chưa chấm: “Văn phòng”. Muốn chấm chung các trang này, mở Cài đặt, đánh dấu các trang đó (hoặc “Chấm tất cả các trang theo dõi”), lưu rồi bấm Chấm điểm lại.",
  );
  const unit = m.container.querySelector<HTMLElement>("[data-testid=unit]")!;
  // the catalog's unit was used: a button goes to the settings where it is set
  await click(button(unit, "Nhập tên đơn vị"));
  await waitFor(() => expect(m!.container.querySelector("[data-testid=sheet-choice]")).not.toBeNull());
  expect(textOf(unit)).toMatch(
    /^Đơn vị ghi trên các trang kết quả: UBND xã .+ \(theo bộ tiêu chí, .*nhập tên đơn vị trong Cài đặt\)\. Nhập tên đơn vị$/,
  );
});

test("two sheets scored together: each problem selects its cell on its own sheet; the live check watches both", async () => {
  const host = fakeHost({ outcome: { ok: true, report: reportOf({ allSheets: true }) } });
  m = await mount(<App host={host} />);
  await click(button(m.container, "Chấm điểm & Xếp hạng"));
  await waitFor(() => expect(textOf(m!.container)).toContain("Đã chấm chung 2 trang: “Tư pháp”, “Văn phòng”."));
  const heads = [...m.container.querySelectorAll("h3")].map((h) => h.textContent);
  expect(heads).toContain("Tư pháp · Dòng 5 · Lê Thị Hoa — 1 vấn đề");
  const issue = m.container.querySelector<HTMLButtonElement>("button[data-cell='F5']")!;
  await click(issue);
  expect(host.selected).toEqual([{ sheet: "Tư pháp", address: "F5" }]);
  await waitFor(() => expect(host.live.started.at(-1)?.sheets).toEqual(["Tư pháp", "Văn phòng"]));
});

test("E_NO_ROOM and other run-level failures reach the pane as their plain message", async () => {
  const failure = { code: "E_NO_ROOM" as const, sheet: "Theo dõi", found: [], missing: [], sheets: ["Theo dõi"] };
  const message = describeFailure(failure, DEFAULT_CATALOG);
  const host = fakeHost({ outcome: { ok: false, message, failure } });
  m = await mount(<App host={host} />);
  await click(button(m.container, "Chấm điểm & Xếp hạng"));
  const bar = await waitFor(() => m!.container.querySelector<HTMLElement>("[data-testid=run-error]")!);
  expect(textOf(bar)).toContain("không còn chỗ bên phải bảng");
  expect(textOf(bar)).toContain("Chưa ghi gì vào tệp.");
});

describe("the ribbon in the same runtime", () => {
  test("its run shows its progress, then its result; the live check is stopped while it runs", async () => {
    const ribbon = ribbonLink();
    const host = fakeHost({ settings: { sheets: ["Theo dõi"] } });
    m = await mount(<App host={host} ribbon={ribbon} />);
    await waitFor(() => expect(host.live.started).toHaveLength(1));
    act(() => ribbon.runStarted());
    await waitFor(() => expect(m!.container.querySelector("[data-testid=status]")?.textContent).toBe("Đang đọc bảng…"));
    await waitFor(() => expect(host.live.stopped).toBe(1));
    const report = sampleReport();
    act(() => ribbon.runEnded({ ok: true, report }));
    await waitFor(() => expect(m!.container.querySelector("[data-testid=status]")?.textContent).toBe(report.summaryText));
    await waitFor(() => expect(m!.container.querySelector("[data-testid=nominees]")?.textContent).toContain("Nguyễn Thị An"));
    await waitFor(() => expect(host.live.started).toHaveLength(2));
  });

  test("its failure shows as the pane's failure, with the wrong cells as buttons", async () => {
    const ribbon = ribbonLink();
    const host = fakeHost();
    m = await mount(<App host={host} ribbon={ribbon} />);
    act(() =>
      ribbon.runEnded({
        ok: false,
        message: "Trang “Tiêu chí” (bộ tiêu chí) có 1 ô chưa đúng.",
        problems: [{ sheet: "Tiêu chí", cell: "H33", message: "H33: Chỉ tiêu phải là số từ 0 đến 100" }],
      }),
    );
    const bar = await waitFor(() => m!.container.querySelector<HTMLElement>("[data-testid=run-error]")!);
    expect(textOf(bar)).toContain("có 1 ô chưa đúng");
    await click([...m.container.querySelectorAll<HTMLButtonElement>("[data-testid=run-problems] button")][0]);
    expect(host.selected).toEqual([{ sheet: "Tiêu chí", address: "H33" }]);
  });

  test("a message sent before the pane listens is not lost; Tạo bảng theo dõi opens the officials' tools", async () => {
    const ribbon = ribbonLink();
    ribbon.openTools();
    const host = fakeHost();
    m = await mount(<App host={host} ribbon={ribbon} />);
    await waitFor(() => expect(button(m!.container, "Ẩn công cụ bảng theo dõi")).toBeTruthy());
  });
});
