// Properties on random input (fast-check, fixed seeds so a failure replays): reading any cell value never throws and
// gives a well-formed answer; the engine on random tracking sheets never throws, gives every cell it cannot read an
// issue naming that cell, and scoring its own output again changes nothing; on random grids it fails cleanly.
import fc from "fast-check";
import { DEFAULT_CATALOG } from "../../src/core/catalog";
import { scoreWorkbook } from "../../src/core/engine";
import { parseCount, parseGate, parseKind, parsePercent, parseYesNo } from "../../src/core/read/cells";
import { CellValue, MergedArea, SheetSnapshot, WorkbookSnapshot, a1 } from "../../src/core/read/snapshot";
import type { WritePlan } from "../../src/core/write/plan";
import { flatSheet } from "../helpers/sheet";

const SEED = 20251220;

/** Any value a cell can give, the plausible and the hostile. */
const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -5, max: 500 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(Infinity, -Infinity, NaN, 0.965, 1, 96.5, 100, 1e21, -0),
  fc.boolean(),
  fc.constantFrom({ error: "#N/A" }, { error: "#DIV/0!" }, { error: "#REF!" }),
  fc.constantFrom("", " ", "-", "N/A", "KAD", "Đạt", "Không đạt", "Có", "Không", "x", "Cá nhân", "Tập thể", "Nam", "Nữ"),
  fc.constantFrom("1.234", "12,000", "12,5", "96,5%", "100 %", "1 234", "abc", "=1+1", "+84 912", "(5)", "Tổng cộng", "½"),
  fc.string({ maxLength: 8 }),
);

const kinds = new Set(["na", "value", "error"]);

test("reading any cell never throws and answers na, a value in range, or an error code", () => {
  fc.assert(
    fc.property(cellArb, (v) => {
      const count = parseCount(v);
      const pct = parsePercent(v);
      for (const p of [count, pct, parseYesNo(v), parseGate(v), parseKind(v)]) {
        expect(kinds.has(p.kind)).toBe(true);
        if (p.kind === "error") expect(p.code).toMatch(/^E_[A-Z_]+$/);
      }
      if (count.kind === "value") expect(Number.isInteger(count.value) && count.value >= 0).toBe(true);
      if (pct.kind === "value") expect(pct.value >= 0 && pct.value <= 1).toBe(true);
    }),
    { numRuns: 2000, seed: SEED },
  );
});

/** The criteria's input fields by how a cell of theirs is read (the rate column of TC10 left out: its counts win). */
const PAIRS = DEFAULT_CATALOG.criteria.flatMap((c) => (c.type === "ratio" && c.numerator && c.denominator ? [[c.denominator, c.numerator]] : []));
const YESNO = DEFAULT_CATALOG.criteria.flatMap((c) => (c.type === "yesno" && c.field ? [c.field] : []));
const GATES = ["bi_phan_anh", "bi_ky_luat", "dang_xem_xet"];
const READERS: Record<string, (v: CellValue) => { kind: string }> = {
  ...Object.fromEntries(PAIRS.flat().map((f) => [f, parseCount])),
  ...Object.fromEntries(YESNO.map((f) => [f, parseYesNo])),
  ...Object.fromEntries(GATES.map((f) => [f, parseGate])),
  loai: parseKind,
};

interface Case {
  fields: string[];
  rows: Record<string, CellValue>[];
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    pairs: fc.subarray(PAIRS, { minLength: 1 }),
    yesno: fc.subarray(YESNO),
    gates: fc.subarray(GATES),
    loai: fc.boolean(),
    order: fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
    n: fc.integer({ min: 1, max: 12 }),
  })
  .chain(({ pairs, yesno, gates, loai, order, n }) => {
    const inputs = [...pairs.flat(), ...yesno, ...gates, ...(loai ? ["loai"] : [])];
    const keys = inputs.map(() => order.next().value as number);
    const shuffled = inputs.map((f, i) => [f, keys[i]] as const).sort((a, b) => a[1] - b[1]);
    const fields = ["stt", "ho_ten", ...shuffled.map(([f]) => f)];
    const rowArb = fc.tuple(...inputs.map(() => cellArb)).map((vals) => Object.fromEntries(inputs.map((f, i) => [f, vals[i]])));
    return fc.array(rowArb, { minLength: n, maxLength: n }).map((rows) => ({
      fields,
      rows: rows.map((r, i) => ({ ...r, stt: i + 1, ho_ten: `Người thứ ${i + 1}` })),
    }));
  });

/** The output written into a copy of the book as a shell would: each block's cells, each add-in sheet's values. */
function applied(book: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const sheets = book.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...(r ?? [])]) }));
  for (const t of plan.tracking) {
    const sheet = sheets.find((s) => s.name === t.sheet)!;
    t.values.forEach((row, i) => {
      const r = t.top + i;
      while (sheet.values.length < r) sheet.values.push([]);
      const cells = sheet.values[r - 1];
      row.forEach((v, j) => {
        while (cells.length < t.col + j) cells.push(null);
        cells[t.col + j - 1] = v === "" ? null : v;
      });
    });
  }
  const own = plan.sheets.map((p) => ({ name: p.name, values: p.rows.map((r) => r.map((c) => c.v)), merges: p.merges as MergedArea[] }));
  return { sheets: [...sheets.filter((s) => !own.some((o) => o.name === s.name)), ...own] };
}

test("the engine on random tracking sheets: never throws, every unreadable cell has its issue, a re-run changes nothing", () => {
  fc.assert(
    fc.property(caseArb, ({ fields, rows }) => {
      const sheet: SheetSnapshot = flatSheet(fields, rows);
      const book: WorkbookSnapshot = { sheets: [sheet] };
      const first = scoreWorkbook(book, { catalog: DEFAULT_CATALOG });
      expect(first.ok).toBe(true);
      if (!first.ok) return;
      const result = first.run.result;
      expect(result.rows.map((r) => r.row)).toEqual(rows.map((_, i) => i + 4));
      // every cell the readers cannot read has an issue on that very cell
      rows.forEach((r, i) => {
        const scored = result.rows[i];
        for (const [f, read] of Object.entries(READERS)) {
          const col = fields.indexOf(f) + 1;
          if (col === 0 || read(r[f] ?? null).kind !== "error") continue;
          expect(scored.issues.map((x) => x.cell)).toContain(a1(i + 4, col));
        }
      });
      // the scored copy scored again: the same result and the same writes
      const again = scoreWorkbook(applied(book, first.run.plan), { catalog: DEFAULT_CATALOG });
      expect(again.ok).toBe(true);
      if (!again.ok) return;
      expect(again.run.result).toEqual(result);
      expect(again.run.plan.tracking).toEqual(first.run.plan.tracking);
    }),
    { numRuns: 150, seed: SEED },
  );
});

test("the engine on random grids (no tracking table, odd merges, far cells) fails cleanly or scores, never throws", () => {
  const gridArb = fc.record({
    values: fc.array(fc.array(cellArb, { maxLength: 10 }), { maxLength: 15 }),
    merges: fc.array(
      fc.tuple(fc.integer({ min: 1, max: 16 }), fc.integer({ min: 1, max: 11 }), fc.nat(3), fc.nat(3)).map(([top, left, h, w]) => ({
        top,
        left,
        bottom: top + h,
        right: left + w,
      })),
      { maxLength: 4 },
    ),
    header: fc.subarray(DEFAULT_CATALOG.fields.map((f) => f.header)),
    at: fc.integer({ min: 0, max: 14 }),
  });
  fc.assert(
    fc.property(gridArb, ({ values, merges, header, at }) => {
      const rows = values.map((r) => [...r]);
      if (header.length) rows.splice(Math.min(at, rows.length), 0, header);
      const outcome = scoreWorkbook({ sheets: [{ name: "Trang 1", values: rows, merges }] }, { catalog: DEFAULT_CATALOG });
      if (!outcome.ok) expect(outcome.failure.code).toMatch(/^E_[A-Z_]+$/);
      else expect(Array.isArray(outcome.run.result.rows)).toBe(true);
    }),
    { numRuns: 300, seed: SEED },
  );
});
