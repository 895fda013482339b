import { DEFAULT_CATALOG } from "../../../src/core/catalog";
import { HeaderMatcher, OUTPUT_HEADERS } from "../../../src/core/read/layout";
import { readLayout } from "../../../src/core/read/tables";
import { CellValue, SheetSnapshot } from "../../../src/core/read/snapshot";
import { book, flatSheet } from "../../helpers/sheet";

const matcher = new HeaderMatcher(DEFAULT_CATALOG);
const flat = (s: string) => {
  const c = matcher.classifyFlat(s);
  if (!c) return null;
  if (c.kind === "field") return c.field;
  return `${c.criterion.code}:${c.role}`;
};

describe("header matching (§7)", () => {
  test("every canonical header is recognised as its field", () => {
    const cols = readLayout(
      book(
        flatSheet(
          DEFAULT_CATALOG.fields.map((f) => f.id),
          [{ ho_ten: "A", tc01: "Đạt" }],
        ),
      ),
      DEFAULT_CATALOG,
    );
    expect(cols.ok).toBe(true);
    if (!cols.ok) return;
    DEFAULT_CATALOG.fields.forEach((f, i) => expect([f.id, cols.layout.columns[f.id]]).toEqual([f.id, i + 1]));
  });

  test.each([
    ["TC5 - Tổng số hồ sơ", "TC05:den"],
    ["tc05 so ho so dung han", "TC05:num"],
    ["Tiêu chí 5: Số hồ sơ đã giải quyết", "TC05:den"],
    ["5. Số đạt", "TC05:num"],
    ["TC06-07 Tổng số hồ sơ tiếp nhận", "TC06:den"],
    ["TC10 Tỷ lệ hài lòng (%)", "TC10:pct"],
    ["TC10 - %", "TC10:pct"],
    ["TC 13", "TC13:field"],
    ["TC12\nSố hồ sơ xử lý\ntrên môi trường mạng", "TC12:num"],
  ])("criterion code and role: %p → %s", (h, want) => expect(flat(h)).toBe(want));

  test.each([
    ["HỌ VÀ TÊN", "ho_ten"],
    ["Ho ten", "ho_ten"],
    ["Họ tên cán bộ", "ho_ten"],
    ["Chức danh", "chuc_vu"],
    ["Bộ phận", "linh_vuc"],
    ["Lĩnh vực phụ trách", "linh_vuc"],
    ["TT", "stt"],
    ["Ghi chú", "ghi_chu"],
    ["Đang bị xem xét kỷ luật", "dang_xem_xet"],
    ["Bị kỷ luật", "bi_ky_luat"],
    ["Có bị phản ánh không", "bi_phan_anh"],
    ["Sáng kiến", "sang_kien"],
    ["Gioi tinh", "gioi_tinh"],
    ["Loại đối tượng", "loai"],
  ])("other field %p → %s (diacritics, case, punctuation ignored)", (h, f) => expect(flat(h)).toBe(f));

  test.each(["Ngày sinh", "Số điện thoại", "Ghi chú thêm về địa chỉ", ""])("%p maps to nothing", (h) => expect(flat(h)).toBeNull());

  test("two count columns the words do not separate: the first is the denominator", () => {
    const cls = [matcher.classifyGrouped("9. Thanh toán", "Số giao dịch"), matcher.classifyGrouped("9. Thanh toán", "Số giao dịch (2)")];
    const map = matcher.assign(cls.map((cls, i) => ({ col: i + 5, cls })));
    expect(map).toEqual({ gd_thanh_toan: 5, gd_truc_tuyen: 6 });
  });
});

function twoLevel(): SheetSnapshot {
  const v: CellValue[][] = [];
  v[0] = ["ỦY BAN NHÂN DÂN XÃ"];
  v[1] = ["BẢNG TỔNG HỢP"];
  v[2] = ["STT", "Họ tên", "Ngày sinh", "Tiêu chí 5. Trả kết quả đúng hạn", null, "Bị phản ánh", "Đơn vị"];
  v[3] = [null, null, null, "Phải thực hiện", "Đúng hạn", null, null];
  v[4] = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"];
  v[5] = ["A.", "KHỐI CHÍNH QUYỀN"];
  v[6] = [1, "Nguyễn Văn A", "1980", 10, 10, null, "x"];
  v[7] = [];
  v[8] = [2, "Trần Thị B", null, 5, 4];
  v[9] = ["B.", "KHỐI ĐOÀN THỂ"];
  v[10] = [3, "Lê C", null, "KAD", null, "Có"];
  v[11] = [null, "Tổng cộng", null, 15, 14];
  v[12] = [null, "Người lập biểu", null, null, null, null, "TM. ỦY BAN NHÂN DÂN"];
  v[13] = [null, "Phạm D", null, 99, 99];
  return {
    name: "Biểu 01",
    values: v,
    merges: [
      { top: 1, left: 1, bottom: 1, right: 7 },
      { top: 3, left: 1, bottom: 4, right: 1 },
      { top: 3, left: 2, bottom: 4, right: 2 },
      { top: 3, left: 3, bottom: 4, right: 3 },
      { top: 3, left: 4, bottom: 3, right: 5 },
      { top: 3, left: 6, bottom: 4, right: 6 },
      { top: 6, left: 2, bottom: 6, right: 3 },
    ],
  };
}

describe("layout of a clerk's form (§7)", () => {
  const other: SheetSnapshot = {
    name: "Ghi chép",
    values: [
      ["Họ và tên", "Số điện thoại"],
      ["X", "090"],
    ],
    merges: [],
  };
  const r = readLayout(book(other, twoLevel()), DEFAULT_CATALOG);
  const layout = r.ok ? r.layout : null;

  test("finds the sheet whose header maps the most fields, not the first sheet", () => expect(layout?.sheet).toBe("Biểu 01"));
  test("reads a two-row merged header with role words under the group", () => {
    expect(layout?.headerTop).toBe(3);
    expect(layout?.headerBottom).toBe(4);
    expect(layout?.columns).toMatchObject({ stt: 1, ho_ten: 2, hs_da_giai_quyet: 4, hs_dung_han: 5, bi_phan_anh: 6 });
    expect(layout?.columns).not.toHaveProperty("linh_vuc", 3);
  });
  test("skips the numbering row, section rows, blank spacers, the total row and stops at the signature", () => {
    expect(layout?.numberingRow).toBe(5);
    expect(layout?.dataRows).toEqual([7, 9, 11]);
  });
  test("puts the output block right of every used column", () => expect(layout?.outputCol).toBe(8));
  test("a named sheet that does not exist fails with the sheet list", () => {
    const f = readLayout(book(twoLevel()), DEFAULT_CATALOG, { sheet: "Không có" });
    expect(f.ok).toBe(false);
    if (!f.ok) expect(f.failure).toMatchObject({ code: "E_NO_SHEET", sheets: ["Biểu 01"] });
  });
  test("a header with no recognisable fields fails and says what was found and what is missing", () => {
    const f = readLayout(
      book({
        name: "S",
        values: [
          ["Họ và tên", "Ngày sinh"],
          ["A", "1"],
        ],
        merges: [],
      }),
      DEFAULT_CATALOG,
    );
    expect(f.ok).toBe(false);
    if (!f.ok) {
      expect(f.failure.code).toBe("E_NO_HEADER");
      expect(f.failure.found).toEqual(["ho_ten"]);
      expect(f.failure.missing).toContain("hs_dung_han");
    }
  });
  test("the clerk's mapping fills in a column the header does not name", () => {
    const s: SheetSnapshot = {
      name: "S",
      values: [
        ["Họ và tên", "Cột lạ"],
        ["A", "Đạt"],
      ],
      merges: [],
    };
    const f = readLayout(book(s), DEFAULT_CATALOG, { mapping: { tc14: "B" } });
    expect(f.ok && f.layout.columns.tc14).toBe(2);
  });
  test("an earlier run's output block is found again and not read as input", () => {
    const s = twoLevel();
    s.values[2][9] = "KẾT QUẢ CHẤM ĐIỂM (tự động)";
    OUTPUT_HEADERS.forEach((h, i) => (s.values[3][9 + i] = h));
    s.values[6][9] = "1/1";
    const f = readLayout(book(s), DEFAULT_CATALOG);
    expect(f.ok && [f.layout.outputCol, f.layout.outputExisting, f.layout.columns.ghi_chu]).toEqual([10, true, undefined]);
  });
});

describe("two-row header without merges", () => {
  test("a group text repeated over its columns with sub-headers below is read as a two-row header", () => {
    const values: CellValue[][] = [
      ["STT", "Họ và tên", "2. Rà soát VBQPPL", "2. Rà soát VBQPPL", "Ghi chú"],
      [null, null, "Số VB đã rà soát", "Số VB ban hành", null],
      [1, "A", 3, 4, null],
    ];
    const r = readLayout(book({ name: "S", values, merges: [] }), DEFAULT_CATALOG);
    expect(
      r.ok && [r.layout.headerTop, r.layout.headerBottom, r.layout.columns.vbqppl_ra_soat, r.layout.columns.vbqppl_ban_hanh, r.layout.dataRows],
    ).toEqual([1, 2, 3, 4, [3]]);
  });
});

describe("the clerk's mapping when no header is recognised", () => {
  const values: CellValue[][] = [["Danh sách"], ["Cán bộ", "Cột 2", "Cột 3"], ["A", 10, 9], ["B", 5, 5]];
  test("without a mapping the sheet is refused", () => expect(readLayout(book({ name: "S", values, merges: [] }), DEFAULT_CATALOG).ok).toBe(false));
  test("with the name column and criterion columns given, the row above the first figures is the header", () => {
    const r = readLayout(book({ name: "S", values, merges: [] }), DEFAULT_CATALOG, {
      mapping: { ho_ten: "A", hs_da_giai_quyet: "B", hs_dung_han: "C" },
    });
    expect(r.ok && [r.layout.headerTop, r.layout.dataRows, r.layout.columns]).toEqual([
      2,
      [3, 4],
      { ho_ten: 1, hs_da_giai_quyet: 2, hs_dung_han: 3 },
    ]);
  });
});

describe("criteria named without a code", () => {
  test.each(DEFAULT_CATALOG.criteria.map((c) => [c.code, c.name]))("%s by its full name as a group over 'Tổng số' / 'Số đạt'", (code, name) => {
    const c = DEFAULT_CATALOG.criteria.find((x) => x.code === code)!;
    const values: CellValue[][] = [
      ["STT", "Họ và tên", name, c.type === "ratio" ? null : "Ghi chú"],
      [null, null, ...(c.type === "ratio" ? ["Tổng số", "Số đạt"] : [null])],
      [1, "A", ...(c.type === "ratio" ? [10, 9] : ["Đạt"])],
    ];
    const merges = c.type === "ratio" ? [{ top: 1, left: 3, bottom: 1, right: 4 }] : [{ top: 1, left: 3, bottom: 2, right: 3 }];
    const r = readLayout(book({ name: "S", values, merges }), DEFAULT_CATALOG);
    const want = c.type === "ratio" ? { [c.denominator!]: 3, [c.numerator!]: 4 } : { [c.field!]: 3 };
    expect(r.ok && r.layout.columns).toMatchObject(want);
  });
});

test("a flat header with a criterion's full name and a role word maps the role", () => {
  const name = DEFAULT_CATALOG.criteria.find((c) => c.code === "TC08")!.name;
  const values: CellValue[][] = [
    ["Họ và tên", `${name} - Tổng số`, `${name} - Số đạt`],
    ["A", 10, 9],
  ];
  const r = readLayout(book({ name: "S", values, merges: [] }), DEFAULT_CATALOG);
  expect(r.ok && r.layout.columns).toMatchObject({ kq_con_hieu_luc: 2, kq_so_hoa: 3 });
});

test("a computed rate column beside a criterion's counts is not read as its denominator", () => {
  const values: CellValue[][] = [
    ["Họ và tên", "5. Trả kết quả đúng hạn", null, null],
    [null, "Số hồ sơ đúng hạn", "Tỷ lệ (%)", "Số hồ sơ đã giải quyết"],
    ["A", 9, 0.9, 10],
  ];
  const r = readLayout(book({ name: "S", values, merges: [{ top: 1, left: 2, bottom: 1, right: 4 }] }), DEFAULT_CATALOG);
  expect(r.ok && r.layout.columns).toEqual({ ho_ten: 1, hs_dung_han: 2, hs_da_giai_quyet: 4 });
});

describe("roles the words do not decide", () => {
  const layoutOf = (subs: [string, string], group = "4. Công khai TTHC") => {
    const values: CellValue[][] = [
      ["Họ và tên", group, null],
      [null, ...subs],
      ["A", 10, 9],
    ];
    const r = readLayout(book({ name: "S", values, merges: [{ top: 1, left: 2, bottom: 1, right: 3 }] }), DEFAULT_CATALOG);
    return r.ok ? r.layout.columns : null;
  };
  test("'Số TTHC phải công khai' / 'Đã công khai': phải … is the denominator", () =>
    expect(layoutOf(["Số TTHC phải công khai", "Đã công khai"])).toMatchObject({ tthc_tong: 2, tthc_cong_khai: 3 }));
  test("two columns read as the same role fall back to order: the first is the denominator", () =>
    expect(layoutOf(["Số TTHC cần công khai", "Đã công khai"])).toMatchObject({ tthc_tong: 2, tthc_cong_khai: 3 }));
  test("a lone 'TC10' column is the satisfaction rate", () => {
    const r = readLayout(
      book({
        name: "S",
        values: [
          ["Họ và tên", "TC10"],
          ["A", 0.97],
        ],
        merges: [],
      }),
      DEFAULT_CATALOG,
    );
    expect(r.ok && r.layout.columns).toMatchObject({ ty_le_hai_long: 2 });
  });
});

describe("the extent of the table (§10)", () => {
  test("a stray value far below the table, not a data row, does not stretch the table or the output block", () => {
    const sheet = flatSheet(
      ["stt", "ho_ten", "hs_da_giai_quyet", "hs_dung_han"],
      [
        { stt: 1, ho_ten: "A", hs_da_giai_quyet: 10, hs_dung_han: 9 },
        { stt: 2, ho_ten: "B", hs_da_giai_quyet: 10, hs_dung_han: 10 },
      ],
    );
    const last = sheet.values.length;
    const empty: CellValue[] = [];
    while (sheet.values.length < 5000) sheet.values.push(empty);
    sheet.values[4999] = ["x"];
    const found = readLayout(book(sheet), DEFAULT_CATALOG);
    expect(found.ok && [found.layout.bodyEnd, found.layout.dataRows]).toEqual([last, [last - 1, last]]);
  });
});
