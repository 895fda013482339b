/**
 * @jest-environment jsdom
 */
// The officials' side of the pane against a scriptable host: pasted lists read line by line (with line-numbered
// Vietnamese errors), a list taken from a sheet, the three tools and their outcomes, the ribbon's ?mo=tao-bang,
// the guide, the live check (on by default, updates the problem list, stops), the criteria sheet's wrong cells.
import { act } from "react";
import { App, openAtOf } from "../../src/taskpane/App";
import { parseOfficials } from "../../src/taskpane/officialsText";
import { DEFAULT_CATALOG } from "../../src/core/catalog";
import { button, click, fill, mount, textOf, waitFor, type Mounted } from "./dom";
import { fakeHost, sampleReport } from "./fakeHost";

let m: Mounted | undefined;
afterEach(() => {
  m?.unmount();
  m = undefined;
});

const q = <T extends Element = HTMLElement>(sel: string) => m!.container.querySelector<T>(sel);
/** The element, or a throw (so waitFor retries until it is there). */
const need = <T extends Element = HTMLElement>(sel: string): T => {
  const el = q<T>(sel);
  if (!el) throw new Error(`no ${sel}`);
  return el;
};

describe("reading a pasted list", () => {
  test("Tab-separated lines as Excel copies them; the header line, a leading STT and blank lines are skipped", () => {
    const text =
      "Họ và tên\tChức vụ\tNgành/lĩnh vực\tGiới tính\n1\tNguyễn Văn An\tChủ tịch\tLãnh đạo\tnam\n\n2\tLê Thị Hoa\tCông chức\tVăn phòng\tNỮ\t\t\n=HYPERLINK(1)\r\n";
    expect(parseOfficials(text)).toEqual({
      officials: [
        { name: "Nguyễn Văn An", chucVu: "Chủ tịch", linhVuc: "Lãnh đạo", gioiTinh: "Nam" },
        { name: "Lê Thị Hoa", chucVu: "Công chức", linhVuc: "Văn phòng", gioiTinh: "Nữ" },
        { name: "=HYPERLINK(1)", chucVu: "", linhVuc: "" },
      ],
      problems: [],
    });
  });

  test("each problem names its line: no name, an unclear gender, too many columns", () => {
    const text = "Nguyễn Văn An\tChủ tịch\n\tCông chức\tVăn phòng\nLê Thị Hoa\t\t\tNư nữ\nA\tB\tC\tNam\tE";
    expect(parseOfficials(text).problems).toEqual([
      { line: 2, kind: "no-name" },
      { line: 3, kind: "gender", value: "Nư nữ" },
      { line: 4, kind: "columns", count: 5 },
    ]);
  });
});

test("?mo=tao-bang opens the pane on the officials' tools", () => {
  expect(openAtOf("?mo=tao-bang")).toBe("tools");
  expect(openAtOf("?mo=huong-dan")).toBe("guide");
  expect(openAtOf("")).toBeUndefined();
});

test("Tạo bảng theo dõi from a pasted list: errors by line first, then the sheet is made and watched", async () => {
  const host = fakeHost();
  m = await mount(<App host={host} openAt="tools" />);
  const heading = await waitFor(() => [...m!.container.querySelectorAll("h3")].find((h) => h.textContent === "Tạo bảng theo dõi")!);
  expect(document.activeElement).toBe(heading);
  const area = q<HTMLTextAreaElement>("textarea")!;
  expect(area.labels?.[0]?.textContent).toContain("Danh sách (mỗi người một dòng)");
  await fill(area, "Nguyễn Văn An\tChủ tịch\tLãnh đạo\tNam\n\tCông chức\nLê Thị Hoa\t\t\tcô");
  await click(button(m.container, "Tạo bảng theo dõi"));
  const errors = await waitFor(() => need("[data-testid=paste-errors]"));
  expect(textOf(errors)).toContain("Danh sách có 2 lỗi cần sửa");
  expect(textOf(errors)).toContain("Dòng 2: thiếu họ và tên.");
  expect(textOf(errors)).toContain("Dòng 3: giới tính “cô” không rõ — ghi “Nam” hoặc “Nữ” (hoặc để trống).");
  expect(area.getAttribute("aria-invalid")).toBe("true");
  expect(host.tools).toEqual([]);
  await fill(area, "Nguyễn Văn An\tChủ tịch\tLãnh đạo\tNam\nLê Thị Hoa\tCông chức\tVăn phòng\tNữ");
  expect(q("[data-testid=paste-errors]")).toBeNull();
  await click(button(m.container, "Tạo bảng theo dõi"));
  await waitFor(() => expect(textOf(q("[data-testid=create-outcome]")!)).toContain("Đã tạo trang “Theo dõi thi đua”."));
  expect(host.tools).toEqual([
    {
      name: "createTrackingSheet",
      arg: {
        kind: "list",
        officials: [
          { name: "Nguyễn Văn An", chucVu: "Chủ tịch", linhVuc: "Lãnh đạo", gioiTinh: "Nam" },
          { name: "Lê Thị Hoa", chucVu: "Công chức", linhVuc: "Văn phòng", gioiTinh: "Nữ" },
        ],
      },
    },
  ]);
  expect(area.value).toBe("");
  await waitFor(() => expect(host.live.started.map((o) => o.sheets)).toEqual([["Theo dõi thi đua"]]));
  await waitFor(() => expect(q("[data-testid=live-status]")?.textContent).toBe("Đang kiểm tra tức thì trang “Theo dõi thi đua”."));
});

test("from a sheet of the workbook: its wrong cells are buttons that select them", async () => {
  const host = fakeHost({
    sheets: ["Bìa", "Danh sách"],
    override: {
      createTrackingSheet: async () => ({
        ok: false,
        message: "Danh sách trên trang “Danh sách” có 1 ô chưa đúng; chưa tạo bảng.",
        problems: [{ sheet: "Danh sách", cell: "D4", message: "D4: giới tính “Ông” không rõ — nhập “Nam” hoặc “Nữ”." }],
      }),
    },
  });
  m = await mount(<App host={host} />);
  await click(button(m.container, "Hiện công cụ bảng theo dõi"));
  const radio = await waitFor(() => [...m!.container.querySelectorAll<HTMLInputElement>("input[type=radio]")].find((r) => r.value === "sheet")!);
  await click(radio);
  const select = await waitFor(() => need<HTMLSelectElement>("#tools-panel select"));
  await waitFor(() => expect([...select.options].map((o) => o.textContent)).toEqual(["Chọn trang…", "Bìa", "Danh sách"]));
  await fill(select, "Danh sách");
  await click(button(m.container, "Tạo bảng theo dõi"));
  const problem = await waitFor(() => need<HTMLButtonElement>("[data-testid=create-outcome] button[data-cell=D4]"));
  expect(textOf(q("[data-testid=create-outcome]")!)).toContain("có 1 ô chưa đúng");
  await click(problem);
  expect(host.selected).toEqual([{ sheet: "Danh sách", address: "D4" }]);
  expect(host.live.started).toEqual([]);
});

test("Áp dụng kiểm tra nhập liệu and Lưu bộ tiêu chí: each through the host, each with its own outcome", async () => {
  const host = fakeHost({ settings: { sheets: ["Theo dõi"] } });
  m = await mount(<App host={host} />);
  await click(button(m.container, "Hiện công cụ bảng theo dõi"));
  await waitFor(() => expect(textOf(m!.container)).toContain("vào các dòng có họ và tên của trang “Theo dõi”"));
  await click(button(m.container, "Áp dụng kiểm tra nhập liệu"));
  await waitFor(() => expect(textOf(q("[data-testid=checks-outcome]")!)).toContain("Đã gắn 12 quy tắc kiểm tra nhập liệu"));
  await click(button(m.container, "Lưu bộ tiêu chí vào bảng tính"));
  await waitFor(() => expect(textOf(q("[data-testid=catalog-outcome]")!)).toBe("Đã tạo trang “Tiêu chí”."));
  expect(host.tools).toEqual([{ name: "applyChecks", arg: { sheets: ["Theo dõi"] } }, { name: "saveCatalogSheet" }]);
  expect(q("[data-testid=checks-outcome]")?.getAttribute("role")).toBe("status");
});

test("the guide: whose row is which (a button goes there), hidden and filtered rows scored too, each column, the two colours", async () => {
  const host = fakeHost();
  m = await mount(<App host={host} />);
  await click(button(m.container, "Hiện hướng dẫn nhập liệu"));
  const guide = await waitFor(() => need("[data-testid=guide]"));
  const text = textOf(guide);
  expect(text).toContain("Trên trang “Theo dõi”, mỗi cán bộ, công chức có một dòng (từ dòng 4 đến dòng 5). Tìm họ và tên của mình ở cột B");
  expect(text).toContain("Dòng bị ẩn (Hide) hoặc bị lọc đi (Filter) vẫn được chấm điểm như mọi dòng khác.");
  expect(text).toContain("Cột F — Số hồ sơ đúng hạn");
  expect(text).toContain(
    "TC05. Hồ sơ TTHC trả kết quả đúng hạn, trước hạn (chỉ tiêu 100%): “100% hồ sơ TTHC được trả kết quả đúng hạn và trước hạn”",
  );
  expect(text).toContain("Cách nhập: Nhập số nguyên ≥ 0, không lớn hơn số hồ sơ đã giải quyết (cột E)");
  expect(text).toContain("Màu cam: chưa đạt chỉ tiêu");
  expect(text).toContain("Màu đỏ: lỗi số liệu cần sửa");
  await click(guide.querySelector<HTMLButtonElement>("button[aria-label='Dòng 5 · Trần Văn Bình']")!);
  expect(host.selected).toEqual([{ sheet: "Theo dõi", address: "B5" }]);
});

test("the live check follows a run: on by default, its re-checked rows replace theirs in the list, off stops it", async () => {
  const host = fakeHost();
  m = await mount(<App host={host} />);
  expect(q("[data-testid=live-switch]")).toBeNull(); // no tracking sheet known yet
  await click(button(m.container, "Chấm điểm & Xếp hạng"));
  await waitFor(() => expect(q("button[data-cell=F5]")).not.toBeNull());
  await waitFor(() => expect(host.live.started.map((o) => o.sheets)).toEqual([["Theo dõi"]]));
  const sw = q<HTMLInputElement>("[data-testid=live-switch]")!;
  expect(sw.checked).toBe(true);
  expect(sw.getAttribute("role")).toBe("switch");
  expect(sw.labels?.[0]?.textContent).toBe("Kiểm tra tức thì");
  // row 5 fixed, row 6 now wrong
  const issue = {
    cell: "F6",
    severity: "error" as const,
    code: "E_NUM_GT_DEN" as const,
    message: "F6: Số hồ sơ đúng hạn (60) lớn hơn số hồ sơ đã giải quyết (50)",
    row: 6,
    col: 6,
    criterion: "TC05",
  };
  act(() =>
    host.live.started[0].onUpdate({
      sheet: "Theo dõi",
      full: false,
      rows: [
        { row: 5, isData: true, name: "Trần Văn Bình", issues: [], highlights: { shortfall: [], error: [] } },
        { row: 6, isData: true, name: "Lê Văn Cường", issues: [issue], highlights: { shortfall: [], error: ["F6"] } },
      ],
    }),
  );
  await waitFor(() => expect(q("button[data-cell=F6]")?.textContent).toBe(issue.message));
  expect(q("button[data-cell=F5]")).toBeNull();
  expect(q("[data-testid=live-status]")?.textContent).toBe("Vừa kiểm tra lại dòng 5, 6: 1 vấn đề.");
  await click(sw);
  await waitFor(() => expect(host.live.stopped).toBe(1));
  expect(q<HTMLInputElement>("[data-testid=live-switch]")!.checked).toBe(false);
});

test("the live check alone (no run yet) lists its problems; unmounting the pane stops it", async () => {
  const host = fakeHost({ settings: { sheets: ["Theo dõi"] } });
  m = await mount(<App host={host} />);
  await waitFor(() => expect(host.live.started).toHaveLength(1));
  const issue = {
    cell: "E9",
    severity: "error" as const,
    code: "E_NOT_NUMBER" as const,
    message: "E9: “mười” không phải là số",
    row: 9,
    col: 5,
    criterion: "TC05",
  };
  act(() =>
    host.live.started[0].onUpdate({
      sheet: "Theo dõi",
      full: false,
      rows: [{ row: 9, isData: true, name: "Phạm Văn Dũng", issues: [issue], highlights: { shortfall: [], error: ["E9"] } }],
    }),
  );
  const list = await waitFor(() => need("[data-testid=live-problems]"));
  expect(textOf(list)).toContain("Kiểm tra tức thì — vấn đề cần sửa (1)");
  expect(textOf(list)).toContain(`TC05 · ${DEFAULT_CATALOG.criteria.find((c) => c.code === "TC05")!.name}`);
  await click(list.querySelector("button[data-cell=E9]")!);
  expect(host.selected).toEqual([{ sheet: "Theo dõi", address: "E9" }]);
  m.unmount();
  m = undefined;
  await waitFor(() => expect(host.live.stopped).toBe(1));
});

test("a criteria sheet with wrong cells: the run says so, and each cell is a button that selects it", async () => {
  const host = fakeHost({
    outcome: {
      ok: false,
      message: "Trang “Tiêu chí” (bộ tiêu chí) có 1 ô chưa đúng, nên chưa chấm điểm.",
      problems: [{ sheet: "Tiêu chí", cell: "H27", message: "H27: Chỉ tiêu phải là số từ 0 đến 100" }],
    },
  });
  m = await mount(<App host={host} />);
  await click(button(m.container, "Chấm điểm & Xếp hạng"));
  const list = await waitFor(() => need("[data-testid=run-problems]"));
  expect(textOf(list)).toContain("Bấm vào một lỗi để chọn ô đó trên trang bộ tiêu chí.");
  await click(list.querySelector("button[data-cell=H27]")!);
  expect(host.selected).toEqual([{ sheet: "Tiêu chí", address: "H27" }]);
});

test("in English, the officials' tools speak English", async () => {
  const host = fakeHost({ settings: { lang: "en" } });
  m = await mount(<App host={host} />);
  await click(await waitFor(() => button(m!.container, "Show the tracking-sheet tools")));
  await waitFor(() => expect(button(m!.container, "Create the tracking sheet")).toBeTruthy());
  expect(textOf(m.container)).toContain("Paste four columns from Excel");
  await click(button(m.container, "Create the tracking sheet"));
  await waitFor(() => expect(textOf(m!.container)).toContain("The list is empty: paste at least one line with a name."));
  expect(sampleReport().catalog).toBeDefined();
});
