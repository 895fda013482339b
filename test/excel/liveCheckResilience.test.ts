// The live check while the clerk types: its batches wait for cell edit, a failed re-check keeps its rows for the
// next one, and the pane's status recovers after a later successful check.
import { DEFAULT_CATALOG } from "../../src/core/catalog";
import { a1 } from "../../src/core/read/snapshot";
import { buildTemplate } from "../../src/core/officials/template";
import { ExcelGlobal } from "../../src/excel/env";
import { LiveReport, Scheduler, startLiveCheck } from "../../src/excel/liveCheck";
import { createTrackingSheet } from "../../src/excel/template";
import { liveInitial, liveReduce } from "../../src/taskpane/useLiveCheck";
import { createFakeOffice } from "../fakes/excel-fake";
import { installFakeExtras, settleEvents, userEdit } from "../fakes/excel-fake-extras";
import { OfficeError } from "../fakes/fake-model";

installFakeExtras();
const SHEET = "Theo dõi thi đua";
const people = Array.from({ length: 10 }, (_, i) => ({ name: `Cán bộ ${i + 1}`, chucVu: "Công chức", linhVuc: "Văn phòng" }));
const plan = buildTemplate(DEFAULT_CATALOG, { officials: people, blankRows: 0 });
const at = (f: string, i: number) => a1(plan.firstDataRow + i, plan.columns[f]);

async function setup(failNext: { cellEdit: boolean; once: boolean }) {
  const fake = createFakeOffice({ sheets: [{ name: "Bìa", rows: [["x"]] }] });
  const realRun = fake.Excel.run;
  const excel = {
    run: (opts: { delayForCellEdit?: boolean }, batch: unknown) => {
      // Excel fails a batch during cell edit unless it asked to wait (delayForCellEdit)
      if (failNext.cellEdit && !opts?.delayForCellEdit) return Promise.reject(new OfficeError("InvalidOperation", "cell edit mode"));
      if (failNext.once) {
        failNext.once = false;
        return Promise.reject(new OfficeError("GeneralException", "transient"));
      }
      return (realRun as (o: unknown, b: unknown) => Promise<unknown>)(opts, batch);
    },
  } as unknown as ExcelGlobal;
  await createTrackingSheet(excel, DEFAULT_CATALOG, { officials: people, blankRows: 0 });
  const timers: (() => void)[] = [];
  const scheduler: Scheduler = { setTimeout: (fn) => (timers.push(fn), timers.length), clearTimeout: () => undefined };
  const reports: LiveReport[] = [];
  let state = liveReduce(liveInitial, { type: "starting", sheets: [SHEET] });
  const started = await startLiveCheck({
    excel,
    catalog: DEFAULT_CATALOG,
    sheets: [SHEET],
    scheduler,
    onReport: (r) => {
      reports.push(r);
      state = liveReduce(state, { type: "update", u: r });
    },
    onError: (m) => (state = liveReduce(state, { type: "failed", message: m })),
  });
  if (!started.ok) throw new Error(started.message);
  state = liveReduce(state, { type: "on", sheets: [SHEET], catalog: DEFAULT_CATALOG });
  return { fake, timers, reports, live: started.live, state: () => state };
}

const errorRules = (fake: ReturnType<typeof createFakeOffice>) =>
  fake.workbook.sheet(SHEET).cfs.filter((c) => c.formula?.includes("lỗi số liệu")).length;

test("a re-check while the clerk is typing in another cell still runs (it waits for the edit)", async () => {
  const flags = { cellEdit: false, once: false };
  const t = await setup(flags);
  userEdit(t.fake, SHEET, `${at("hs_da_giai_quyet", 0)}:${at("hs_dung_han", 0)}`, [[50, 52]]);
  await settleEvents(t.fake, SHEET);
  flags.cellEdit = true;
  t.timers.shift()!();
  await t.live.flush();
  expect(t.reports.flatMap((r) => r.rows.map((x) => x.row))).toContain(plan.firstDataRow);
  expect(errorRules(t.fake)).toBe(1);
  flags.cellEdit = false;
  await t.live.stop();
});

test("a failed re-check keeps its rows for the next one, and the pane's status recovers", async () => {
  const flags = { cellEdit: false, once: false };
  const t = await setup(flags);
  let failedOnce = false;
  userEdit(t.fake, SHEET, `${at("hs_da_giai_quyet", 0)}:${at("hs_dung_han", 0)}`, [[50, 52]]);
  await settleEvents(t.fake, SHEET);
  flags.once = true;
  t.timers.shift()!(); // this re-check fails …
  await Promise.resolve();
  failedOnce = !flags.once;
  await t.live.flush(); // … and the next flush checks the same row again
  expect(failedOnce).toBe(true);
  expect(t.reports.flatMap((r) => r.rows.map((x) => x.row))).toEqual([plan.firstDataRow]);
  expect(t.state().status).toBe("on");
  expect(errorRules(t.fake)).toBe(1);
  await t.live.stop();
});
