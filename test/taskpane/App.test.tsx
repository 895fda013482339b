/**
 * @jest-environment jsdom
 */
// The pane against a scriptable host: run, progress, result in words, problems → selectCell, mapping editor,
// requirements, failures, language switch.
import { App } from "../../src/taskpane/App";
import type { OnProgress, RunOutcome } from "../../src/excel/api";
import { act } from "react";
import { button, click, mount, textOf, type, waitFor, type Mounted } from "./dom";
import { fakeHost, sampleReport } from "./fakeHost";

let m: Mounted | undefined;
afterEach(() => {
  m?.unmount();
  m = undefined;
});

test("the first screen offers the primary action in Vietnamese", async () => {
  m = await mount(<App host={fakeHost()} />);
  expect(button(m.container, "Chấm điểm & Xếp hạng").disabled).toBe(false);
  expect(button(m.container, "Xóa đánh dấu")).toBeTruthy();
  expect(m.container.querySelector("h1")?.textContent).toBe("Thi đua CCHC");
});

test("a run shows the result in words, the nominees and the problems grouped by row then criterion", async () => {
  const host = fakeHost();
  const report = sampleReport();
  m = await mount(<App host={host} />);
  await click(button(m.container, "Chấm điểm & Xếp hạng"));
  await waitFor(() => expect(m!.container.querySelector("[data-testid=status]")?.textContent).toBe(report.summaryText));
  expect(report.summaryText).toMatch(/^Đã chấm 4 người · 2 lỗi số liệu · 1 người được đề nghị/);
  await waitFor(() => expect(m!.container.querySelector("[data-testid=nominees]")?.textContent).toContain("Nguyễn Thị An"));
  const text = textOf(m.container);
  expect(text).toContain("Dòng 5 · Trần Văn Bình — 1 vấn đề");
  expect(text).toContain("TC05 · Hồ sơ TTHC trả kết quả đúng hạn, trước hạn");
  expect(text).toContain("Dòng 7 — 1 vấn đề");
  expect(text).toContain("Thông tin chung");
  expect(text).toContain("Không đủ người đủ điều kiện");
  expect(text).toContain("TC05 Hồ sơ TTHC trả kết quả đúng hạn, trước hạn: 1 người chưa đạt");
  const headings = [...m.container.querySelectorAll("h3")].map((h) => h.textContent);
  expect(headings.indexOf("Dòng 5 · Trần Văn Bình — 1 vấn đề")).toBeLessThan(headings.indexOf("Dòng 7 — 1 vấn đề"));
  const issue = m.container.querySelector<HTMLButtonElement>("button[data-cell='F5']");
  expect(issue?.textContent).toBe("F5: Số hồ sơ đúng hạn (52) lớn hơn số hồ sơ đã giải quyết (50)");
  await click(issue!);
  expect(host.selected).toEqual([{ sheet: "Theo dõi", address: "F5" }]);
  expect(host.runs).toHaveLength(1);
});

test("progress is spoken step by step while the run goes on", async () => {
  let finish: (o: RunOutcome) => void = () => undefined;
  let progress: OnProgress | undefined;
  const host = fakeHost({
    outcome: (_s, onProgress) => {
      progress = onProgress;
      return new Promise((r) => (finish = r));
    },
  });
  m = await mount(<App host={host} />);
  await click(button(m.container, "Chấm điểm & Xếp hạng"));
  const status = () => m!.container.querySelector("[data-testid=status]")!;
  await waitFor(() => expect(status().textContent).toBe("Đang đọc bảng…"));
  expect(status().getAttribute("aria-live")).toBe("polite");
  expect(m.container.querySelector("[role=progressbar]")).not.toBeNull();
  const run = button(m.container, "Chấm điểm & Xếp hạng");
  expect(run.getAttribute("aria-disabled")).toBe("true"); // still focusable: the keyboard user keeps their place
  await click(run);
  await waitFor(() => expect(progress).toBeDefined());
  expect(host.runs).toHaveLength(1); // a second press while running does nothing
  act(() => progress!("compute", 0.5));
  await waitFor(() => expect(status().textContent).toBe("Đang chấm điểm…"));
  act(() => progress!("write", 0.8));
  await waitFor(() => expect(status().textContent).toBe("Đang ghi kết quả…"));
  await act(async () => finish({ ok: true, report: sampleReport() }));
  await waitFor(() => expect(status().textContent).toMatch(/^Đã chấm 4 người/));
  expect(m.container.querySelector("[role=progressbar]")).toBeNull();
});

test("an unrecognised header opens the mapping editor and the typed letters go into the next run", async () => {
  const host = fakeHost({
    outcome: async (s) =>
      s.mapping?.ho_ten
        ? { ok: true, report: sampleReport() }
        : {
            ok: false,
            message: "Không nhận ra tiêu đề cột",
            failure: {
              code: "E_NO_HEADER",
              sheet: "Theo dõi",
              found: ["stt", "hs_da_giai_quyet"],
              missing: ["ho_ten", "hs_dung_han"],
              sheets: ["Theo dõi"],
            },
          },
  });
  m = await mount(<App host={host} />);
  await click(button(m.container, "Chấm điểm & Xếp hạng"));
  const editor = await waitFor(() => m!.container.querySelector<HTMLElement>("[data-testid=mapping-editor]")!);
  expect(editor).not.toBeNull();
  expect(textOf(editor)).toContain("STT, Số hồ sơ đã giải quyết");
  expect(textOf(editor)).toContain("Cột của “Họ và tên”");
  const name = editor.querySelector<HTMLInputElement>("input[data-field=ho_ten]")!;
  await type(name, "1b");
  expect(textOf(editor)).toContain("Chỉ nhập chữ cái tên cột");
  expect(button(editor, "Chấm lại với các cột đã nhập").disabled).toBe(true);
  await type(name, "c");
  await click(button(editor, "Chấm lại với các cột đã nhập"));
  await waitFor(() => expect(host.runs).toHaveLength(2));
  expect(host.runs[1].mapping).toEqual({ ho_ten: "C" });
  expect(host.saved.at(-1)?.mapping).toEqual({ ho_ten: "C" });
  await waitFor(() => expect(m!.container.querySelector("[data-testid=mapping-editor]")).toBeNull());
});

test("with no header row at all, the pane gives the advice that helps instead of column boxes", async () => {
  const host = fakeHost({
    outcome: {
      ok: false,
      message: "Không nhận ra bảng theo dõi…",
      failure: { code: "E_NO_HEADER", sheet: "Sheet1", found: [], missing: ["ho_ten", "hs_dung_han"], sheets: ["Sheet1"] },
    },
  });
  m = await mount(<App host={host} />);
  await click(button(m.container, "Chấm điểm & Xếp hạng"));
  const editor = await waitFor(() => m!.container.querySelector<HTMLElement>("[data-testid=mapping-editor]")!);
  expect(textOf(editor)).toContain("Chưa tìm thấy dòng tiêu đề của bảng");
  expect(editor.querySelectorAll("input")).toHaveLength(0);
  expect(m.container.querySelector("[data-testid=status]")?.textContent).toBe("Chưa chấm được: Chưa nhận ra tiêu đề cột");
});

test("a sheet that is not there opens the settings to pick another", async () => {
  const host = fakeHost({
    outcome: {
      ok: false,
      message: "x",
      failure: { code: "E_NO_SHEET", sheet: "Theo doi", found: [], missing: [], sheets: ["Hướng dẫn", "Theo dõi"] },
    },
  });
  m = await mount(<App host={host} />);
  await click(button(m.container, "Chấm điểm & Xếp hạng"));
  await waitFor(() =>
    expect(m!.container.querySelector("[data-testid=run-error]")?.textContent).toContain(
      "Không có trang tính “Theo doi”. Các trang hiện có: Hướng dẫn, Theo dõi.",
    ),
  );
  await waitFor(() => expect(m!.container.querySelector("select")).not.toBeNull());
  expect(button(m.container, "Ẩn cài đặt").getAttribute("aria-expanded")).toBe("true");
});

test("an Excel too old for the add-in says so plainly and the actions are disabled", async () => {
  const host = fakeHost({ requirements: { ok: false, missing: ["ExcelApi 1.9"] } });
  m = await mount(<App host={host} />);
  expect(textOf(m.container)).toContain("Phiên bản Excel đang dùng còn thiếu: ExcelApi 1.9");
  expect(button(m.container, "Chấm điểm & Xếp hạng").disabled).toBe(true);
  expect(button(m.container, "Xóa đánh dấu").disabled).toBe(true);
});

test("a run that throws is shown as a message, and the pane keeps working", async () => {
  let calls = 0;
  const host = fakeHost({
    outcome: async () => {
      calls++;
      if (calls === 1) throw new Error("RichApi.Error: mất kết nối");
      return { ok: true, report: sampleReport() };
    },
  });
  m = await mount(<App host={host} />);
  await click(button(m.container, "Chấm điểm & Xếp hạng"));
  await waitFor(() => expect(m!.container.querySelector("[data-testid=run-error]")?.textContent).toContain("RichApi.Error: mất kết nối"));
  await click(button(m.container, "Chấm điểm & Xếp hạng"));
  await waitFor(() => expect(m!.container.querySelector("[data-testid=run-error]")).toBeNull());
  expect(textOf(m.container)).toContain("Đã chấm 4 người");
});

test("clearing highlights reports how many were removed", async () => {
  m = await mount(<App host={fakeHost()} />);
  await click(button(m.container, "Xóa đánh dấu"));
  await waitFor(() => expect(textOf(m!.container)).toContain("Đã xóa 3 đánh dấu"));
});

test("the language switch turns the pane to English and is remembered in the workbook", async () => {
  const host = fakeHost();
  m = await mount(<App host={host} />);
  await click(button(m.container, "English"));
  await waitFor(() => expect(button(m!.container, "Score & Rank")).toBeTruthy());
  expect(host.saved.at(-1)?.lang).toBe("en");
  expect(document.documentElement.lang).toBe("en");
});

test("settings load from the workbook, offer the tracking sheets found, and are saved on request", async () => {
  const host = fakeHost({ settings: { quota: 3, method: "ty-le-thuc-hien" }, tracking: ["Tư pháp", "Văn phòng"] });
  m = await mount(<App host={host} />);
  await click(button(m.container, "Hiện cài đặt"));
  const choice = await waitFor(() => m!.container.querySelector<HTMLElement>("[data-testid=sheet-choice]")!);
  const boxes = () => [...choice.querySelectorAll<HTMLInputElement>("input[type=checkbox]")];
  const labels = [...choice.querySelectorAll("label")].map((l) => l.textContent);
  expect(labels).toEqual(["Tư pháp", "Văn phòng", "Chấm tất cả các trang theo dõi"]);
  // nothing chosen yet: the sheet the engine picks is ticked, and the pane says so
  expect(boxes().map((b) => b.checked)).toEqual([true, false, false]);
  expect(textOf(choice)).toContain("Không đánh dấu trang nào thì phần mềm chấm trang “Tư pháp”.");
  await click(boxes()[1]);
  expect(boxes().map((b) => b.checked)).toEqual([true, true, false]);
  const quota = [...m.container.querySelectorAll<HTMLInputElement>("input[type=number]")][0];
  await waitFor(() => expect(quota.value).toBe("3"));
  const radios = [...m.container.querySelectorAll<HTMLInputElement>("input[type=radio]")];
  expect(radios.find((r) => r.checked)?.value).toBe("ty-le-thuc-hien");
  expect(textOf(m.container)).toContain("Tỷ lệ tiêu chí đạt");
  await type(quota, "1");
  await click(button(m.container, "Lưu cài đặt"));
  await waitFor(() => expect(host.saved.at(-1)).toMatchObject({ quota: 1, method: "ty-le-thuc-hien", sheets: ["Tư pháp", "Văn phòng"] }));
  expect(textOf(m.container)).toContain("Đã lưu cài đặt vào sổ làm việc.");
  // "Chấm tất cả các trang theo dõi" takes every sheet
  await click(boxes()[2]);
  await click(button(m.container, "Lưu cài đặt"));
  await waitFor(() => expect(host.saved.at(-1)).toMatchObject({ allSheets: true }));
});
