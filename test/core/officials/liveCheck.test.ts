// The live check's pure part: which rows a change touches, and re-checking only those rows with the engine.
import { DEFAULT_CATALOG } from "../../../src/core/catalog";
import { scoreWorkbook } from "../../../src/core/engine";
import { Layout } from "../../../src/core/read/layout";
import { readLayout } from "../../../src/core/read/tables";
import { changeScope, checkRows, parseAreas } from "../../../src/core/officials/liveCheck";
import { CellValue, SheetSnapshot, a1 } from "../../../src/core/read/snapshot";
import { buildTemplate, planSnapshot } from "../../../src/core/officials/template";

const plan = buildTemplate(DEFAULT_CATALOG, {
  officials: [
    { name: "An", chucVu: "", linhVuc: "" },
    { name: "Bình", chucVu: "", linhVuc: "" },
    { name: "Cường", chucVu: "", linhVuc: "" },
  ],
  blankRows: 2,
});
const base = planSnapshot(plan);
const found = readLayout({ sheets: [base] }, DEFAULT_CATALOG);
if (!found.ok) throw new Error("layout");
const layout: Layout = found.layout;
const [an, binh, cuong] = layout.dataRows;
const col = layout.columns;

function withValues(values: Record<number, Record<string, CellValue>>): SheetSnapshot {
  const s: SheetSnapshot = { ...base, values: base.values.map((r) => [...r]) };
  for (const [row, vals] of Object.entries(values))
    for (const [f, v] of Object.entries(vals)) {
      const r = s.values[Number(row) - 1];
      while (r.length < col[f]) r.push(null);
      r[col[f] - 1] = v;
    }
  return s;
}

describe("changeScope", () => {
  test("edits in data rows give those rows", () => {
    expect(changeScope(`${a1(binh, col.hs_dung_han)}`, layout)).toEqual({ kind: "rows", rows: [binh] });
    expect(changeScope(`'Theo dõi thi đua'!${a1(an, 3)}:${a1(cuong, 9)}`, layout)).toEqual({ kind: "rows", rows: [an, binh, cuong] });
    expect(changeScope(`${a1(an, 3)}, ${a1(cuong, 4)}`, layout)).toEqual({ kind: "rows", rows: [an, cuong] });
  });
  test("the add-in's own output block is ignored; header edits, whole columns and row inserts re-read everything", () => {
    expect(changeScope(`${a1(an, layout.outputCol)}:${a1(cuong, layout.outputCol + 5)}`, layout)).toEqual({ kind: "ignore" });
    expect(changeScope(a1(layout.headerBottom, col.hs_dung_han), layout)).toEqual({ kind: "all" });
    expect(changeScope("D:D", layout)).toEqual({ kind: "all" });
    expect(changeScope(`${an}:${an}`, layout, "RowInserted")).toEqual({ kind: "all" });
    expect(changeScope("A1", layout)).toEqual({ kind: "ignore" }); // the heading above the table
    expect(parseAreas("'a,b'!A1:B2,C3")).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
  });
});

describe("checkRows", () => {
  const s = withValues({
    [an]: { hs_da_giai_quyet: 10, hs_dung_han: 10 },
    [binh]: { hs_da_giai_quyet: 10, hs_dung_han: 9, tc14: "Không đạt" },
    [cuong]: { hs_da_giai_quyet: 10, hs_dung_han: 12, bi_phan_anh: "có lẽ" },
  });

  test("issues and highlights equal the full engine's for the same rows", () => {
    const full = scoreWorkbook({ sheets: [s] });
    if (!full.ok) throw new Error("layout");
    const live = checkRows(s, layout, DEFAULT_CATALOG, [cuong, binh]);
    expect(live.map((r) => r.row)).toEqual([binh, cuong]);
    for (const r of live) {
      const e = full.run.result.rows.find((x) => x.row === r.row)!;
      expect(r.issues.map((i) => `${i.cell}|${i.code}`)).toEqual(e.issues.map((i) => `${i.cell}|${i.code}`));
    }
    expect([...live[0].highlights.shortfall].sort()).toEqual([a1(binh, col.hs_dung_han), a1(binh, col.tc14)].sort());
    expect(live[0].highlights.error).toEqual([]);
    expect(live[1].highlights.error.sort()).toEqual([a1(cuong, col.hs_dung_han), a1(cuong, col.bi_phan_anh)].sort());
    const t = full.run.plan.tracking[0].highlights;
    for (const c of live[0].highlights.shortfall) expect(t.shortfall).toContain(c);
    for (const c of live[1].highlights.error) expect(t.error).toContain(c);
  });

  test("reads only the rows asked for (other rows may be absent from the snapshot)", () => {
    const sparse: SheetSnapshot = { name: s.name, merges: [], values: s.values.map((r, i) => (i + 1 === binh ? r : [])) };
    const [r] = checkRows(sparse, layout, DEFAULT_CATALOG, [binh]);
    expect(r.isData).toBe(true);
    expect(r.highlights.shortfall).toContain(a1(binh, col.hs_dung_han));
  });

  test("blank, header and signature rows are not data rows: their highlights are cleared", () => {
    const blank = plan.lastDataRow;
    const rows = checkRows(s, layout, DEFAULT_CATALOG, [layout.headerBottom, blank, plan.lastDataRow + 2]);
    expect(rows.map((r) => [r.row, r.isData, r.issues.length])).toEqual([
      [layout.headerBottom, false, 0],
      [blank, false, 0],
      [plan.lastDataRow + 2, false, 0],
    ]);
    const named = withValues({ [blank]: { ho_ten: "Dũng", hs_dung_han: 3 } });
    const [d] = checkRows(named, layout, DEFAULT_CATALOG, [blank]);
    expect(d.isData).toBe(true);
    expect(d.issues.map((i) => i.code)).toEqual(["E_DEN_MISSING"]);
  });
});
