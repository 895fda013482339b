// The live check in Office.js against the fake (with onChanged events) and a manual clock: an edit re-checks its
// row only, the add-in's own writes and its output block never start a check, a burst of 100 edits is one check,
// remote co-authors' edits count, highlights of other rows stay, and stop() ends it.
import { DEFAULT_CATALOG } from "../../src/core/catalog";
import { a1, colLetter } from "../../src/core/read/snapshot";
import { buildTemplate } from "../../src/core/officials/template";
import { ExcelGlobal } from "../../src/excel/env";
import { HIGHLIGHT_RULES, queueHighlights } from "../../src/excel/highlights";
import { LiveCheck, LiveReport, Scheduler, startLiveCheck } from "../../src/excel/liveCheck";
import { createTrackingSheet } from "../../src/excel/template";
import { FakeOffice, createFakeOffice } from "../fakes/excel-fake";
import { installFakeExtras, settleEvents, sheetExtras, userEdit } from "../fakes/excel-fake-extras";
import { areaA1 } from "../fakes/fake-address";

installFakeExtras();
const SHEET = "Theo dõi thi đua";
const people = Array.from({ length: 120 }, (_, i) => ({ name: `Cán bộ ${i + 1}`, chucVu: "Công chức", linhVuc: "Văn phòng" }));
const plan = buildTemplate(DEFAULT_CATALOG, { officials: people, blankRows: 0 });
const col = (f: string) => plan.columns[f];
const row = (i: number) => plan.firstDataRow + i;
const at = (f: string, i: number) => a1(row(i), col(f));

/** A clock the test moves by hand. */
function manualClock(): Scheduler & { advance(ms: number): void; waiting(): number } {
  let now = 0;
  let id = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    setTimeout(fn, ms) {
      timers.set(++id, { at: now + ms, fn });
      return id;
    },
    clearTimeout(h) {
      timers.delete(h as number);
    },
    advance(ms) {
      now += ms;
      for (const [k, t] of [...timers].sort((x, y) => x[1].at - y[1].at)) {
        if (t.at > now) continue;
        timers.delete(k);
        t.fn();
      }
    },
    waiting: () => timers.size,
  };
}

interface Rig {
  fake: FakeOffice;
  clock: ReturnType<typeof manualClock>;
  live: LiveCheck;
  reports: LiveReport[];
}

async function rig(): Promise<Rig> {
  const fake = createFakeOffice({ sheets: [{ name: "Bìa", rows: [["Sổ theo dõi"]] }] });
  const excel = fake.Excel as unknown as ExcelGlobal;
  const made = await createTrackingSheet(excel, DEFAULT_CATALOG, { officials: people, blankRows: 0 });
  if (!made.ok) throw new Error(made.message);
  const clock = manualClock();
  const reports: LiveReport[] = [];
  const started = await startLiveCheck({
    excel,
    catalog: DEFAULT_CATALOG,
    sheets: [SHEET],
    onReport: (r) => reports.push(r),
    onError: (m) => reports.push({ sheet: "ERROR " + m, rows: [], full: false, highlighted: false }),
    scheduler: clock,
  });
  if (!started.ok) throw new Error(started.message);
  return { fake, clock, live: started.live, reports };
}

/** Let the fake deliver its events, then fire the debounce and wait for the check. */
async function tick(r: Rig, ms = 300): Promise<void> {
  await settleEvents(r.fake, SHEET);
  r.clock.advance(ms);
  await r.live.flush();
}

const ourCfs = (fake: FakeOffice) => fake.workbook.sheet(SHEET).cfs.filter((cf) => (cf.formula ?? "").includes("Thi đua CCHC"));
const cellsOf = (fake: FakeOffice, formula: string) =>
  ourCfs(fake)
    .filter((cf) => cf.formula === formula)
    .flatMap((cf) =>
      cf.areas.flatMap((a) => {
        const out: string[] = [];
        for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) out.push(a1(r, c));
        return out;
      }),
    )
    .sort();

test("an edit on one row re-checks that row only (reading only that row), after the debounce", async () => {
  const r = await rig();
  const reads = sheetExtras(r.fake, SHEET).reads;
  reads.length = 0;
  userEdit(r.fake, SHEET, `${at("hs_da_giai_quyet", 4)}:${at("hs_dung_han", 4)}`, [[10, 9]]);
  await settleEvents(r.fake, SHEET);
  expect(r.clock.waiting()).toBe(1);
  r.clock.advance(299);
  await new Promise((res) => setImmediate(res));
  expect(r.live.checks).toBe(0);
  await tick(r, 1);
  expect(r.live.checks).toBe(1);
  expect(r.reports).toHaveLength(1);
  const rep = r.reports[0];
  expect(rep).toMatchObject({ sheet: SHEET, full: false, highlighted: true });
  expect(rep.rows.map((x) => x.row)).toEqual([row(4)]);
  expect(rep.rows[0].highlights.shortfall).toEqual([at("hs_dung_han", 4)]);
  expect(reads).toEqual([`A${row(4)}:${colLetter(plan.outputCol - 1)}${row(4)}`]);
  expect(cellsOf(r.fake, HIGHLIGHT_RULES.shortfall)).toEqual([at("hs_dung_han", 4)]);
  // the sheet is protected again after the highlight update
  expect(sheetExtras(r.fake, SHEET).protection.protected).toBe(true);
  // a fix clears that highlight and reports no issue
  userEdit(r.fake, SHEET, at("hs_dung_han", 4), [[10]]);
  await tick(r);
  expect(r.reports[1].rows[0].issues).toEqual([]);
  expect(cellsOf(r.fake, HIGHLIGHT_RULES.shortfall)).toEqual([]);
  await r.live.stop();
});

test("errors are reported with the engine's message and highlighted red", async () => {
  const r = await rig();
  userEdit(r.fake, SHEET, `${at("hs_da_giai_quyet", 0)}:${at("hs_dung_han", 0)}`, [[50, 52]]);
  await tick(r);
  const issues = r.reports[0].rows[0].issues;
  expect(issues.map((i) => [i.cell, i.code])).toEqual([[at("hs_dung_han", 0), "E_NUM_GT_DEN"]]);
  expect(issues[0].message).toBe(`${at("hs_dung_han", 0)}: Số hồ sơ đúng hạn (52) lớn hơn số hồ sơ đã giải quyết (50)`);
  expect(cellsOf(r.fake, HIGHLIGHT_RULES.error)).toEqual([at("hs_dung_han", 0)]);
  await r.live.stop();
});

test("the add-in's own writes and edits inside its output block start no check (no loop)", async () => {
  const r = await rig();
  const excel = r.fake.Excel as unknown as ExcelGlobal;
  // the add-in writes an input cell and its output block (triggerSource ThisLocalAddin), e.g. a scoring run
  sheetExtras(r.fake, SHEET).protection.protected = false;
  sheetExtras(r.fake, SHEET).delivered.length = 0;
  await excel.run({}, async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(SHEET);
    ws.getRange(at("ghi_chu", 1)).values = [["ghi bởi add-in"]];
    ws.getRange(`${colLetter(plan.outputCol)}${row(0)}:${colLetter(plan.outputCol + 1)}${row(0)}`).values = [["1/1", 100]];
    await ctx.sync();
  });
  // a person edits only the output block (e.g. clears a result)
  userEdit(r.fake, SHEET, `${colLetter(plan.outputCol + 2)}${row(2)}`, [["x"]]);
  await settleEvents(r.fake, SHEET);
  expect(sheetExtras(r.fake, SHEET).delivered.map((e) => e.triggerSource)).toEqual(["ThisLocalAddin", "ThisLocalAddin", "Unknown"]);
  expect(r.clock.waiting()).toBe(0);
  // the live check's own highlight writes raise nothing either: after a real check, no new timer
  userEdit(r.fake, SHEET, at("tc14", 3), [["Không đạt"]]);
  await tick(r);
  await settleEvents(r.fake, SHEET);
  expect(r.clock.waiting()).toBe(0);
  expect(r.live.checks).toBe(1);
  await r.live.stop();
});

test("a burst of 100 edits is coalesced into one re-check of those rows; remote edits count", async () => {
  const r = await rig();
  const reads = sheetExtras(r.fake, SHEET).reads;
  reads.length = 0;
  for (let i = 0; i < 100; i++) {
    userEdit(r.fake, SHEET, `${at("hs_tiep_nhan", i)}:${at("hs_mot_cua_dt", i)}`, [[20, i % 2 ? 20 : 19]], { remote: i % 3 === 0 });
    await settleEvents(r.fake, SHEET);
    r.clock.advance(10); // 10 ms apart: the 300 ms debounce keeps restarting
  }
  expect(r.live.checks).toBe(0);
  await tick(r);
  expect(r.live.checks).toBe(1);
  expect(r.reports).toHaveLength(1);
  expect(r.reports[0].rows.map((x) => x.row)).toEqual(Array.from({ length: 100 }, (_, i) => row(i)));
  expect(reads).toEqual([`A${row(0)}:${colLetter(plan.outputCol - 1)}${row(99)}`]);
  expect(cellsOf(r.fake, HIGHLIGHT_RULES.shortfall)).toHaveLength(50);
  await r.live.stop();
});

test("a re-check keeps the highlights of other rows (a rule over many rows is re-made without the row)", async () => {
  const r = await rig();
  const excel = r.fake.Excel as unknown as ExcelGlobal;
  // highlights from an earlier full run: one rule over rows 0–5 of the TC05 numerator, one error rule elsewhere
  const many = Array.from({ length: 6 }, (_, i) => at("hs_dung_han", i));
  const clerkRule = {
    id: "clerk",
    type: "Custom",
    areas: [{ top: row(0), left: col("ho_ten"), bottom: row(5), right: col("ho_ten") }],
    formula: "=LEN(B1)>20",
    fill: "#FFFF00",
  };
  r.fake.workbook.sheet(SHEET).cfs.push(clerkRule);
  sheetExtras(r.fake, SHEET).protection.protected = false;
  await excel.run({}, async (ctx) => {
    queueHighlights(ctx.workbook.worksheets.getItem(SHEET), { shortfall: many, error: [at("vb_dien_tu", 7)] });
    await ctx.sync();
  });
  userEdit(r.fake, SHEET, `${at("hs_da_giai_quyet", 2)}:${at("hs_dung_han", 2)}`, [[8, 8]]);
  await tick(r);
  expect(cellsOf(r.fake, HIGHLIGHT_RULES.shortfall)).toEqual(many.filter((c) => c !== at("hs_dung_han", 2)).sort());
  expect(cellsOf(r.fake, HIGHLIGHT_RULES.error)).toEqual([at("vb_dien_tu", 7)]);
  expect(r.fake.workbook.sheet(SHEET).cfs).toContainEqual(clerkRule);
  expect(ourCfs(r.fake).flatMap((cf) => cf.areas.map(areaA1))).not.toContain(at("hs_dung_han", 2));
  await r.live.stop();
});

test("inserting rows re-reads the whole sheet; stop() removes the handler", async () => {
  const r = await rig();
  userEdit(r.fake, SHEET, `${row(3)}:${row(3)}`, [[]], { changeType: "RowInserted" });
  await tick(r);
  expect(r.reports[0].full).toBe(true);
  expect(r.reports[0].rows).toHaveLength(people.length);
  await r.live.stop();
  expect(sheetExtras(r.fake, SHEET).listeners.size).toBe(0);
  userEdit(r.fake, SHEET, at("tc14", 0), [["Đạt"]]);
  await settleEvents(r.fake, SHEET);
  expect(r.clock.waiting()).toBe(0);
  expect(r.live.checks).toBe(1);
});
