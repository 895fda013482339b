// The pure tracking template: the engine's layout reader finds every catalog field where the template put it, the
// header has the two-level form, and every input column gets the right data-validation rule and wording.
import { Catalog, CatalogSchema, DEFAULT_CATALOG, DEFAULT_CATALOG_INPUT } from "../../../src/core/catalog";
import { LIMITS } from "../../../src/core/write/formPlan";
import { guideSheet } from "../../../src/core/officials/guide";
import { readLayout } from "../../../src/core/read/tables";
import { colLetter } from "../../../src/core/read/snapshot";
import { buildTemplate, planSnapshot } from "../../../src/core/officials/template";
import { validationsForLayout } from "../../../src/core/officials/validation";

const OFFICIALS = [
  { name: "Nguyễn Văn An", chucVu: "Chủ tịch UBND", linhVuc: "Lãnh đạo UBND", gioiTinh: "Nam" as const },
  { name: "Trần Thị Bình", chucVu: "Công chức Tư pháp - hộ tịch", linhVuc: "Tư pháp", gioiTinh: "Nữ" as const },
  { name: '=HYPERLINK("x")', chucVu: "Công chức", linhVuc: "Văn phòng" },
  { name: "Ngành Văn hóa", chucVu: "", linhVuc: "Văn hóa - xã hội", loai: "Tập thể" as const },
];

/** The default catalog's columns, in the order the template must lay them out. */
const EXPECTED_ORDER = [
  "stt",
  "ho_ten",
  "chuc_vu",
  "linh_vuc",
  "loai",
  "gioi_tinh",
  "tc01",
  "vbqppl_ban_hanh",
  "vbqppl_ra_soat",
  "vb_moi",
  "vb_tuyen_truyen",
  "tthc_tong",
  "tthc_cong_khai",
  "hs_da_giai_quyet",
  "hs_dung_han",
  "hs_tiep_nhan",
  "hs_mot_cua_dt",
  "hs_truc_tuyen",
  "kq_con_hieu_luc",
  "kq_so_hoa",
  "gd_thanh_toan",
  "gd_truc_tuyen",
  "phieu_danh_gia",
  "phieu_hai_long",
  "ty_le_hai_long",
  "vb_trao_doi",
  "vb_dien_tu",
  "hscv_tong",
  "hscv_tren_mang",
  "tc13",
  "tc14",
  "tc15",
  "bi_phan_anh",
  "bi_ky_luat",
  "dang_xem_xet",
  "sang_kien",
  "ghi_chu",
];

function layoutOf(catalog: Catalog, plan = buildTemplate(catalog, { officials: OFFICIALS })) {
  const found = readLayout({ sheets: [planSnapshot(plan)] }, catalog);
  if (!found.ok) throw new Error(JSON.stringify(found.failure));
  return { plan, layout: found.layout };
}

describe("template header as the engine reads it", () => {
  const { plan, layout } = layoutOf(DEFAULT_CATALOG);

  test("every catalog field is mapped, each to its expected column", () => {
    const expected = Object.fromEntries(EXPECTED_ORDER.map((f, i) => [f, i + 1]));
    expect(layout.columns).toEqual(expected);
    expect(Object.keys(layout.columns).sort()).toEqual(DEFAULT_CATALOG.fields.map((f) => f.id).sort());
    expect(plan.columns).toEqual(expected);
  });

  test("two-level header, numbering row, data rows, output block", () => {
    expect(layout.headerBottom).toBe(layout.headerTop + 1);
    expect(layout.numberingRow).toBe(layout.headerBottom + 1);
    expect(layout.dataRows).toEqual(plan.rowsOf.map((r) => r.row));
    expect(layout.dataRows[0]).toBe(plan.firstDataRow);
    expect(layout.outputExisting).toBe(true);
    expect(layout.outputCol).toBe(EXPECTED_ORDER.length + 1);
    const snap = planSnapshot(plan);
    const top = snap.values[plan.headerTop - 1];
    const sub = snap.values[plan.headerBottom - 1];
    // TC05: one group over "Số hồ sơ đã giải quyết" / "Số hồ sơ trả kết quả đúng hạn, trước hạn"
    const c = plan.columns.hs_da_giai_quyet;
    expect(top[c - 1]).toBe("TC05. Hồ sơ TTHC trả kết quả đúng hạn, trước hạn");
    expect(plan.merges).toContainEqual({ top: plan.headerTop, left: c, bottom: plan.headerTop, right: c + 1 });
    expect([sub[c - 1], sub[c]]).toEqual(["Số hồ sơ đã giải quyết", "Số hồ sơ trả kết quả đúng hạn, trước hạn"]);
    // TC10: Số phiếu đánh giá / Số phiếu hài lòng (and the one-cell rate)
    const t = plan.columns.phieu_danh_gia;
    expect(sub.slice(t - 1, t + 2)).toEqual(["Số phiếu đánh giá", "Số phiếu hài lòng", "Tỷ lệ hài lòng (%)"]);
    // yes/no criteria and other fields merged down over both header rows
    for (const f of ["stt", "ho_ten", "tc01", "tc13", "bi_phan_anh", "sang_kien", "ghi_chu"]) {
      const col = plan.columns[f];
      expect(plan.merges).toContainEqual({ top: plan.headerTop, left: col, bottom: plan.headerBottom, right: col });
    }
    expect(snap.values[plan.numberingRow - 1].slice(0, 3)).toEqual(["(1)", "(2)", "(3)"]);
  });

  test("merged areas never overlap (Excel would repair the file)", () => {
    const m = plan.merges;
    for (let i = 0; i < m.length; i++) {
      for (let j = i + 1; j < m.length; j++) {
        const a = m[i];
        const b = m[j];
        const overlap = a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
        expect(overlap ? [a, b] : null).toBeNull();
      }
    }
  });

  test("national heading and the title with the plan number from the catalog", () => {
    const text = planSnapshot(plan)
      .values.slice(0, plan.headerTop - 1)
      .flat()
      .filter((v) => typeof v === "string")
      .join("\n");
    expect(text).toContain("ỦY BAN NHÂN DÂN XÃ HÒA PHONG");
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(text).toContain("BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN TIÊU CHÍ THI ĐUA NĂM 2025");
    expect(text).toContain("Kế hoạch số 12/KH-UBND ngày 16/01/2025");
  });

  test("officials are pre-filled as text, names that look like formulas included", () => {
    const r = plan.rowsOf[2].row;
    const cell = plan.rows[r - 1][plan.columns.ho_ten - 1];
    expect(cell).toMatchObject({ v: '=HYPERLINK("x")', text: true });
    expect(cell.s?.numFmt).toBe("@");
    expect(plan.rows[plan.rowsOf[1].row - 1][plan.columns.gioi_tinh - 1].v).toBe("Nữ");
    expect(plan.rows[plan.rowsOf[3].row - 1][plan.columns.loai - 1].v).toBe("Tập thể");
    expect(plan.rows[plan.rowsOf[0].row - 1][plan.columns.stt - 1].v).toBe(1);
  });

  test("panes frozen below the header and right of the name; print titles; protection leaves only input open", () => {
    expect(plan.freeze).toEqual({ rows: plan.numberingRow, cols: plan.columns.ho_ten });
    expect(plan.page).toEqual({ orientation: "landscape", printTitleRows: `${plan.headerTop}:${plan.numberingRow}` });
    expect(plan.protection?.password).toBe("");
    expect(plan.protection?.unlocked).toEqual([{ top: plan.firstDataRow, left: 1, bottom: plan.lastDataRow, right: plan.outputCol - 1 }]);
  });
});

describe("validation rules from the catalog", () => {
  const plan = buildTemplate(DEFAULT_CATALOG, { officials: OFFICIALS });
  const rule = (f: string) => {
    const rs = plan.validations.filter((v) => v.field === f);
    expect(rs).toHaveLength(1);
    return rs[0];
  };
  const L = (f: string) => colLetter(plan.columns[f]);
  const top = plan.firstDataRow;

  test("each rule covers the data rows of its column", () => {
    for (const v of plan.validations) {
      expect([v.top, v.bottom]).toEqual([plan.firstDataRow, plan.lastDataRow]);
      expect(v.col).toBe(plan.columns[v.field]);
    }
    const checked = new Set(plan.validations.map((v) => v.field));
    for (const f of ["stt", "ho_ten", "chuc_vu", "linh_vuc", "ghi_chu"]) expect(checked.has(f)).toBe(false);
    expect(checked.size).toBe(EXPECTED_ORDER.length - 5);
  });

  test("counts: whole ≥ 0; numerators: số đạt ≤ tổng số relative to the first data row", () => {
    expect(rule("hs_da_giai_quyet").check).toEqual({ kind: "whole", min: 0 });
    expect(rule("sang_kien").check).toEqual({ kind: "whole", min: 0 });
    const n = L("hs_dung_han");
    const d = L("hs_da_giai_quyet");
    expect(rule("hs_dung_han").check).toEqual({
      kind: "custom",
      formula: `OR(ISBLANK(${n}${top}),AND(ISNUMBER(${n}${top}),${n}${top}>=0,${n}${top}=INT(${n}${top}),OR(ISBLANK(${d}${top}),${n}${top}<=${d}${top})))`,
    });
    // TC07's numerator is checked against the shared "Tổng số hồ sơ tiếp nhận" under TC06
    expect((rule("hs_truc_tuyen").check as { formula: string }).formula).toContain(`${L("hs_truc_tuyen")}${top}<=${L("hs_tiep_nhan")}${top}`);
    expect(rule("hs_tiep_nhan").prompt).toContain("Dùng chung cho TC06, TC07");
  });

  test("percent 0–1, lists for Đạt/Không đạt, Có/Không, Nam/Nữ, Cá nhân/Tập thể", () => {
    expect(rule("ty_le_hai_long").check).toEqual({ kind: "decimal", min: 0, max: 1 });
    expect(rule("tc01").check).toEqual({ kind: "list", items: ["Đạt", "Không đạt"] });
    expect(rule("tc15").check).toEqual({ kind: "list", items: ["Đạt", "Không đạt"] });
    for (const g of ["bi_phan_anh", "bi_ky_luat", "dang_xem_xet"]) expect(rule(g).check).toEqual({ kind: "list", items: ["Có", "Không"] });
    expect(rule("gioi_tinh").check).toEqual({ kind: "list", items: ["Nam", "Nữ"] });
    expect(rule("loai").check).toEqual({ kind: "list", items: ["Cá nhân", "Tập thể"] });
  });

  test("input messages quote the plan (with qualifiers), errors say what to type, within Excel's limits", () => {
    expect(rule("hs_dung_han").promptTitle).toBe("TC05 – Số đạt");
    expect(rule("hs_dung_han").prompt).toContain("“100% TTHC được trả kết quả đúng hạn và trước hạn”");
    expect(rule("kq_so_hoa").prompt).toContain("thuộc thẩm quyền giải quyết của cấp xã");
    expect(rule("vb_dien_tu").prompt).toContain("trừ văn bản thuộc phạm vi bí mật nhà nước");
    expect(rule("ty_le_hai_long").prompt).toContain("chỉ tiêu 96%");
    expect(rule("hs_dung_han").error).toContain(`không lớn hơn số hồ sơ đã giải quyết (cột ${L("hs_da_giai_quyet")})`);
    expect(rule("tc01").error).toContain("“Đạt” hoặc “Không đạt”");
    expect(rule("bi_phan_anh").error).toContain("“Có” hoặc “Không”");
    expect(rule("hs_da_giai_quyet").error).toContain("số nguyên từ 0 trở lên");
    for (const v of plan.validations) {
      expect(v.promptTitle.length).toBeLessThanOrEqual(LIMITS.title);
      expect(v.errorTitle.length).toBeLessThanOrEqual(LIMITS.title);
      expect(v.prompt.length).toBeLessThanOrEqual(LIMITS.text);
      expect(v.error.length).toBeLessThanOrEqual(LIMITS.error);
    }
  });

  test("an existing clerk's sheet gets the same checks from its layout, percent 0–100, only the given rows", () => {
    const { layout } = layoutOf(DEFAULT_CATALOG);
    const rows = [layout.dataRows[0], layout.dataRows[1], layout.dataRows[3]];
    const rules = validationsForLayout(layout, DEFAULT_CATALOG, rows);
    const dung = rules.filter((r) => r.field === "hs_dung_han");
    expect(dung.map((r) => [r.top, r.bottom])).toEqual([
      [rows[0], rows[1]],
      [rows[2], rows[2]],
    ]);
    expect((dung[1].check as { formula: string }).formula).toContain(`${L("hs_dung_han")}${rows[2]}<=${L("hs_da_giai_quyet")}${rows[2]}`);
    expect(rules.find((r) => r.field === "ty_le_hai_long")!.check).toEqual({ kind: "decimal", min: 0, max: 100 });
  });
});

describe("another year's catalog", () => {
  test("a new criterion with its own fields and changed targets still maps every field", () => {
    const input = JSON.parse(JSON.stringify(DEFAULT_CATALOG_INPUT));
    input.fields.splice(
      input.fields.length - 2,
      0,
      { id: "hs_dat_lich", kind: "count", header: "TC16. Tổng số lượt đặt lịch", label: "Tổng số lượt đặt lịch", aliases: [] },
      { id: "hs_dat_lich_dung", kind: "count", header: "TC16. Số lượt phục vụ đúng hẹn", label: "Số lượt phục vụ đúng hẹn", aliases: [] },
    );
    input.criteria.push({
      code: "TC16",
      name: "Phục vụ đúng lịch hẹn",
      planText: "100% lượt đặt lịch hẹn được phục vụ đúng hẹn.",
      type: "ratio",
      denominator: "hs_dat_lich",
      numerator: "hs_dat_lich_dung",
      target: 1,
    });
    input.criteria[4].target = 0.98;
    const catalog = CatalogSchema.parse(input);
    const { plan, layout } = layoutOf(catalog);
    expect(layout.columns).toEqual(plan.columns);
    expect(Object.keys(layout.columns).sort()).toEqual(catalog.fields.map((f) => f.id).sort());
    expect(plan.validations.find((v) => v.field === "hs_dung_han")!.prompt).toContain("chỉ tiêu 98%");
  });
});

describe("Hướng dẫn nhập liệu", () => {
  test("says which row is whose, explains every input column, and the colours", () => {
    const plan = buildTemplate(DEFAULT_CATALOG, { officials: OFFICIALS });
    const g = guideSheet(DEFAULT_CATALOG, plan);
    const text = planSnapshot(g)
      .values.flat()
      .filter((v) => v !== null)
      .map(String);
    const all = text.join("\n");
    expect(all).toContain(`từ dòng ${plan.firstDataRow} đến dòng ${plan.lastDataRow}`);
    const bRow = g.rows.findIndex((r) => r[1]?.v === "Trần Thị Bình");
    expect(g.rows[bRow][2].v).toBe(plan.rowsOf[1].row);
    for (const c of plan.inputColumns) expect(text).toContain(colLetter(plan.columns[c.field.id]));
    expect(all).toContain("100% TTHC được trả kết quả đúng hạn và trước hạn");
    expect(all).toMatch(/Màu cam: chưa đạt chỉ tiêu/);
    expect(all).toMatch(/Màu đỏ: lỗi số liệu/);
  });
});
