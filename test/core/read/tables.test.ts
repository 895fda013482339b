// §10 at the core: which sheets are scored and which are named as left out, one population over several sheets,
// the table's extent (stray values far below), no room on the right (E_NO_ROOM), a name in two columns, long quotes.
import { scoreWorkbook } from "../../../src/core/engine";
import { OUTPUT_WIDTH } from "../../../src/core/read/layout";
import { SHEET_MARKER } from "../../../src/core/read/sheets";
import { CellValue, SheetSnapshot } from "../../../src/core/read/snapshot";
import { chooseTables } from "../../../src/core/read/tables";
import { DEFAULT_CATALOG } from "../../../src/core/catalog";
import { PERSON_FIELDS, book, flatSheet, header } from "../../helpers/sheet";

const F = [...PERSON_FIELDS, "gioi_tinh", "hs_da_giai_quyet", "hs_dung_han", "tc14"];
const person = (ho_ten: string, done = 10, gioi_tinh = "Nữ") => ({ ho_ten, gioi_tinh, hs_da_giai_quyet: 10, hs_dung_han: done, tc14: "Đạt" });
const sector = (name: string, people: Record<string, CellValue>[]) => flatSheet(F, people, name);

function run(b: ReturnType<typeof book>, opts = {}) {
  const out = scoreWorkbook(b, opts);
  if (!out.ok) throw new Error(JSON.stringify(out.failure));
  return out.run;
}

describe("which sheets are scored (§10)", () => {
  const notes = { name: "Ghi chép", values: [["Danh bạ"], ["Họ và tên", "Số điện thoại"], ["An", "0912"]], merges: [] };
  const ours = {
    ...sector("DS đề nghị khen thưởng", [person("X")]),
    values: [["DANH SÁCH", null, SHEET_MARKER], ...sector("x", [person("X")]).values.slice(1)],
  };
  const wb = book(notes, sector("Tư pháp", [person("An")]), ours, sector("Văn hóa", [person("Bình", 9)]), sector("Địa chính", [person("Chi")]));

  test("by default the sheet mapping the most fields (the first on a tie); every other tracking sheet is named", () => {
    const r = run(wb);
    expect(r.result.sheet).toBe("Tư pháp");
    expect(r.result.sheets).toBeUndefined();
    expect(r.result.notices.map((n) => [n.code, n.sheets])).toEqual([["W_OTHER_SHEETS", ["Văn hóa", "Địa chính"]]]);
    expect(r.result.notices[0].message).toMatch(/--sheet/);
    expect(r.result.notices[0].message).toMatch(/--all-sheets/);
  });
  test("--all-sheets: every tracking sheet in workbook order, never the add-in's own sheet, one population", () => {
    const r = run(wb, { allSheets: true });
    expect(r.result.sheets).toEqual(["Tư pháp", "Văn hóa", "Địa chính"]);
    expect(r.result.notices).toEqual([]);
    expect(r.result.rows.map((x) => `${x.sheet}!${x.row}:${x.rank}`)).toEqual(["Tư pháp!4:1", "Văn hóa!4:3", "Địa chính!4:1"]);
    // one ranking: two at 100 share rank 1, the quota of 2 takes both, each entry names its sheet
    expect(r.result.nominees.map((n) => [n.sheet, n.row, n.name])).toEqual([
      ["Tư pháp", 4, "An"],
      ["Địa chính", 4, "Chi"],
    ]);
    expect(r.plan.tracking.map((t) => t.sheet)).toEqual(["Tư pháp", "Văn hóa", "Địa chính"]);
  });
  test("named sheets are scored in workbook order whatever the order of the flags; the rest are named", () => {
    const r = run(wb, { sheets: ["Địa chính", "Tư pháp"] });
    expect(r.result.sheet).toBe("Tư pháp");
    expect(r.result.sheets).toEqual(["Tư pháp", "Địa chính"]);
    expect(r.result.notices[0].sheets).toEqual(["Văn hóa"]);
  });
  test("--all-sheets on a workbook with one tracking sheet adds no several-sheet keys", () => {
    const r = run(book(notes, sector("Theo dõi", [person("An")])), { allSheets: true });
    expect(r.result.sheets).toBeUndefined();
    expect("sheet" in r.result.rows[0]).toBe(false);
  });
  test("a criteria sheet named 'Tiêu chí' is never a tracking sheet", () => {
    const t = chooseTables(book(sector("Tiêu chí", [person("An")]), sector("Theo dõi", [person("Bình")])), DEFAULT_CATALOG, { allSheets: true });
    expect(t.ok && t.layouts.map((l) => l.sheet)).toEqual(["Theo dõi"]);
  });
  test("duplicates are looked for across sheets, each on its own row's name cell", () => {
    const r = run(book(sector("A", [person("Lan")]), sector("B", [person("Hà"), person("Lan")])), { allSheets: true });
    const dup = r.result.rows.filter((x) => x.issues.some((i) => i.code === "W_DUPLICATE_NAME"));
    expect(dup.map((x) => `${x.sheet}!${x.issues[0].cell}`)).toEqual(["A!B4", "B!B5"]);
    expect(dup[0].issues[0].message).toMatch(/trang “B”/);
  });
  test("a sheet named that does not exist is E_NO_SHEET", () => {
    const out = scoreWorkbook(wb, { sheets: ["Không có"] });
    expect(!out.ok && out.failure.code).toBe("E_NO_SHEET");
  });
});

describe("the table's extent (§10)", () => {
  const base = () => sector("Theo dõi", [person("An"), person("Bình", 9)]);
  test("a stray value far below the table is not the table: same rows, same block", () => {
    const plain = run(book(base()));
    const s = base();
    const far: CellValue[][] = s.values.slice();
    far[1048575] = ["x"];
    for (let i = 0; i < far.length; i++) if (!far[i]) far[i] = [];
    const stray = run(book({ ...s, values: far }));
    expect(stray.result.rows).toEqual(plain.result.rows);
    const [a, b] = [plain.plan.tracking[0], stray.plan.tracking[0]];
    expect([b.col, b.top, b.values.length]).toEqual([a.col, a.top, a.values.length]);
    expect(b.top + b.values.length - 1).toBeLessThan(10);
  });
  test("a stray value right of the table, below its last row, does not push the block right", () => {
    const s = base();
    const values = s.values.slice();
    values[19] = [...new Array(40).fill(null), "ghi chú lạc"];
    for (let i = 0; i < values.length; i++) if (!values[i]) values[i] = [];
    expect(run(book({ ...s, values })).plan.tracking[0].col).toBe(F.length + 1);
  });
  test("a value at XFD in a table row leaves no room: E_NO_ROOM, nothing planned", () => {
    const s = base();
    const values = s.values.map((r) => r.slice());
    values[3][16383] = "lạc";
    const out = scoreWorkbook(book({ ...s, values }));
    expect(out.ok).toBe(false);
    expect(!out.ok && out.failure).toMatchObject({ code: "E_NO_ROOM", sheet: "Theo dõi" });
  });
  test("a table whose last used column leaves exactly the block's width still fits", () => {
    const s = base();
    const values = s.values.map((r) => r.slice());
    values[3][16384 - OUTPUT_WIDTH - 1] = "sát lề";
    expect(run(book({ ...s, values })).plan.tracking[0].col).toBe(16384 - OUTPUT_WIDTH + 1);
  });
});

describe("a name in two columns (§10)", () => {
  const two = (sub: [string, string], group?: string): SheetSnapshot => {
    const heads = [header("stt"), ...sub, header("gioi_tinh"), header("hs_da_giai_quyet"), header("hs_dung_han")];
    const rows: CellValue[][] = [
      [1, "Nguyễn Thị", "Lan", "Nữ", 10, 10],
      [2, " Nguyễn Thị ", " Hoa", "Nữ", 10, 9],
      [3, null, "Mai", "Nữ", 10, 10],
      [4, null, null, null, 10, 10],
    ];
    if (!group) return { name: "Theo dõi", values: [["BẢNG"], heads, ...rows], merges: [] };
    const top = heads.map((h, i) => (i === 1 ? group : i === 2 ? null : h));
    const sub2 = heads.map((h, i) => (i === 1 || i === 2 ? h : null));
    return {
      name: "Theo dõi",
      values: [["BẢNG"], top, sub2, ...rows],
      merges: [{ top: 2, left: 2, bottom: 2, right: 3 }, ...[1, 4, 5, 6].map((c) => ({ top: 2, left: c, bottom: 3, right: c }))],
    };
  };
  test.each([
    ["Họ và tên đệm | Tên", two(["Họ và tên đệm", "Tên"])],
    ["Họ đệm | Tên", two(["Họ đệm", "Tên"])],
    ["under a merged 'Họ và tên'", two(["Họ đệm", "Tên"], "Họ và tên")],
  ])("%s: the two trimmed parts joined by one space; an issue names the first cell", (_label, sheet) => {
    const r = run(book(sheet));
    expect(r.result.rows.map((x) => x.name)).toEqual(["Nguyễn Thị Lan", "Nguyễn Thị Hoa", "Mai", ""]);
    const noName = r.result.rows[3].issues.find((i) => i.code === "E_NO_NAME");
    expect(noName?.cell).toMatch(/^B\d+$/);
    expect(r.result.rows.some((x) => x.issues.some((i) => i.code === "W_DUPLICATE_NAME"))).toBe(false);
  });
});

test("a message quotes at most 60 characters of a cell (§10)", () => {
  const long = "x".repeat(5000);
  const r = run(book(sector("Theo dõi", [{ ...person("An"), hs_dung_han: long }])));
  const msg = r.result.rows[0].issues[0].message;
  expect(msg).toContain(`"${"x".repeat(60)}…"`);
  expect(msg.length).toBeLessThan(200);
});
