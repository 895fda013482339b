// "Lập hồ sơ" through the Office.js shell on the fake (§12, §10): the list and one print-ready sheet per document,
// after the list and the summary among the tabs, in 3 syncs; only the add-in's own sheets replaced (a signed copy
// or a clerk's sheet of the same name stays), a re-run identical, an earlier dossier's extra báo cáo gone; nothing
// written and the reason told when there is no one to propose or review; every page setting of the plan applied.
import path from "node:path";
import { dossierOf } from "../../src/core/dossier";
import { SHEET_MARKER, SHEET_NAMES, SheetPlan } from "../../src/core/write/plan";
import { dossierSheets } from "../../src/core/write/dossierSheets";
import { colLetter } from "../../src/core/read/snapshot";
import type { DossierOutcome } from "../../src/excel/api";
import { createExcelHost } from "../../src/excel/host";
import { widthPoints } from "../../src/excel/address";
import { createFakeOffice, type FakeOffice } from "../fakes/excel-fake";
import { fakeDataFromXlsx } from "../fakes/fake-xlsx";
import { FIXTURES, fixtureRun } from "../helpers/fixtures";
import { expectOk } from "./helpers";

const fixture = async (name: string): Promise<FakeOffice> => createFakeOffice(await fakeDataFromXlsx(path.join(FIXTURES, `${name}.xlsx`)));
const made = (o: DossierOutcome) => {
  if (!o.ok) throw new Error(`dossier failed: ${o.message}`);
  return o;
};
const marked = (fake: FakeOffice, name: string) => fake.workbook.sheet(name).rows[0]?.some((c) => c?.value === SHEET_MARKER) ?? false;
const DOSSIER = { proposal: { number: "15", date: "2025-12-20" }, signer: { name: "Lê Văn Bình", deputy: true }, preparedBy: "Ngô Thị Hà" };

describe("fixture 04: two nominees", () => {
  test("after a run: the list and the four documents' sheets, marked, after the list and the summary, in 3 syncs", async () => {
    const fake = await fixture("04-dong-hang-va-tap-the");
    const host = createExcelHost(fake);
    expectOk(await host.scoreWorkbook({}));
    const before = fake.stats.syncs;
    const out = made(await host.makeDossier({ dossier: DOSSIER }));
    expect(fake.stats.syncs - before).toBe(3);
    expect(out.made).toEqual([
      { kind: "proposal", sheet: "Tờ trình" },
      { kind: "list", sheet: SHEET_NAMES.list },
      { kind: "report", sheet: "Báo cáo thành tích 1", person: "Lý Thanh Yến" },
      { kind: "report", sheet: "Báo cáo thành tích 2", person: "Phạm Thị Hạnh" },
      { kind: "minutes", sheet: "Biên bản họp bình xét" },
    ]);
    expect(fake.workbook.sheetNames()).toEqual([
      "Theo dõi",
      SHEET_NAMES.nomination,
      SHEET_NAMES.summary,
      "Tờ trình",
      SHEET_NAMES.list,
      "Báo cáo thành tích 1",
      "Báo cáo thành tích 2",
      "Biên bản họp bình xét",
    ]);
    for (const m of out.made) expect([m.sheet, marked(fake, m.sheet)]).toEqual([m.sheet, true]);
    expect(out.reason).toBeNull();
    expect(out.blanks).not.toContain("Số tờ trình");
    expect(out.blanks).toContain("Thời gian họp");
    // the settings reach the sheets: the Tờ trình's number and signer, and the list that goes with it
    const text = (sheet: string) => fake.workbook.values(sheet).flat().join("\n");
    expect(text("Tờ trình")).toContain("Số: 15/TTr-UBND");
    expect(text("Tờ trình")).toMatch(/KT\. CHỦ TỊCH[\s\S]*Lê Văn Bình/);
    expect(text(SHEET_NAMES.list)).toContain("(Kèm theo Tờ trình số 15/TTr-UBND ngày 20 tháng 12 năm 2025 của UBND xã Hòa Phong)");
    expect(text(SHEET_NAMES.list)).toMatch(/Ngô Thị Hà[\s\S]*Lê Văn Bình/);
  });

  test("a second “Lập hồ sơ” gives the same workbook: no duplicated sheet, the same order", async () => {
    const fake = await fixture("04-dong-hang-va-tap-the");
    const host = createExcelHost(fake);
    expectOk(await host.scoreWorkbook({}));
    made(await host.makeDossier({ dossier: DOSSIER }));
    const once = fake.workbook.dump();
    made(await host.makeDossier({ dossier: DOSSIER }));
    expect(fake.workbook.dump()).toEqual(once);
  });

  test("the tracking sheet, the run's list and the summary are left as the run wrote them", async () => {
    const fake = await fixture("04-dong-hang-va-tap-the");
    const host = createExcelHost(fake);
    expectOk(await host.scoreWorkbook({}));
    const dump = fake.workbook.dump() as { sheets: { name: string }[] };
    made(await host.makeDossier({}));
    const after = fake.workbook.dump() as { sheets: { name: string }[] };
    for (const name of ["Theo dõi", SHEET_NAMES.nomination, SHEET_NAMES.summary])
      expect(after.sheets.find((s) => s.name === name)).toEqual(dump.sheets.find((s) => s.name === name));
  });

  test("a run after the dossier keeps its sheets and the tabs' order, and names them as made before it", async () => {
    const fake = await fixture("04-dong-hang-va-tap-the");
    const host = createExcelHost(fake);
    made(await host.makeDossier({}));
    const dossier = ["Tờ trình", SHEET_NAMES.list, "Báo cáo thành tích 1", "Báo cáo thành tích 2", "Biên bản họp bình xét"];
    expect(fake.workbook.sheetNames()).toEqual(["Theo dõi", ...dossier]);
    const report = expectOk(await host.scoreWorkbook({}));
    expect(report.dossier?.existing).toEqual(dossier);
    expect(fake.workbook.sheetNames()).toEqual(["Theo dõi", SHEET_NAMES.nomination, SHEET_NAMES.summary, ...dossier]);
    // and again: the run's sheets are replaced where they are
    expectOk(await host.scoreWorkbook({}));
    expect(fake.workbook.sheetNames()).toEqual(["Theo dõi", SHEET_NAMES.nomination, SHEET_NAMES.summary, ...dossier]);
  });

  test("a sheet the clerk moved keeps its place when it is made again", async () => {
    const fake = await fixture("04-dong-hang-va-tap-the");
    const host = createExcelHost(fake);
    made(await host.makeDossier({}));
    fake.workbook.moveSheet(fake.workbook.sheet("Biên bản họp bình xét"), 0);
    made(await host.makeDossier({}));
    expect(fake.workbook.sheetNames()[0]).toBe("Biên bản họp bình xét");
  });
});

describe("whose sheets are replaced (§10)", () => {
  test("a signed copy renamed by the clerk and a clerk's own “Tờ trình” stay; ours goes to “Tờ trình (2)”", async () => {
    const fake = await fixture("04-dong-hang-va-tap-the");
    const host = createExcelHost(fake);
    made(await host.makeDossier({}));
    fake.workbook.sheet("Báo cáo thành tích 1").name = "BC Yến đã ký";
    fake.workbook.sheet("Tờ trình").name = "Tờ trình số 15 (đã ký)";
    fake.workbook.addSheet("Tờ trình").rows.push([{ value: "Tờ trình tôi tự soạn" }]);
    const out = made(await host.makeDossier({}));
    expect(out.made.map((m) => m.sheet)).toEqual([
      "Tờ trình (2)",
      SHEET_NAMES.list,
      "Báo cáo thành tích 1",
      "Báo cáo thành tích 2",
      "Biên bản họp bình xét",
    ]);
    const names = fake.workbook.sheetNames();
    expect(names).toEqual(expect.arrayContaining(["BC Yến đã ký", "Tờ trình số 15 (đã ký)", "Tờ trình", "Tờ trình (2)"]));
    expect(names.filter((n) => n.startsWith("Báo cáo thành tích"))).toEqual(["Báo cáo thành tích 1", "Báo cáo thành tích 2"]);
    expect(fake.workbook.values("Tờ trình")).toEqual([["Tờ trình tôi tự soạn"]]);
    expect(marked(fake, "BC Yến đã ký")).toBe(true);
  });

  test("“Báo cáo thành tích 3” of an earlier dossier with three nominees goes when there are now two", async () => {
    const fake = await fixture("04-dong-hang-va-tap-the");
    const host = createExcelHost(fake);
    expect(made(await host.makeDossier({ quota: 3 })).made.filter((m) => m.kind === "report")).toHaveLength(3);
    expect(fake.workbook.sheetNames()).toContain("Báo cáo thành tích 3");
    const out = made(await host.makeDossier({}));
    expect(out.made.filter((m) => m.kind === "report").map((m) => m.sheet)).toEqual(["Báo cáo thành tích 1", "Báo cáo thành tích 2"]);
    expect(fake.workbook.sheetNames().filter((n) => n.startsWith("Báo cáo"))).toEqual(["Báo cáo thành tích 1", "Báo cáo thành tích 2"]);
  });

  test("only a tie to review (fixture 03): the biên bản alone, and an earlier Tờ trình and báo cáo go", async () => {
    const fake = await fixture("03-so-lieu-loi");
    const host = createExcelHost(fake);
    fake.workbook.addSheet("Tờ trình").rows.push([{ value: "cũ" }, undefined, { value: SHEET_MARKER }]);
    fake.workbook.addSheet("Báo cáo thành tích 1").rows.push([{ value: "cũ" }, undefined, { value: SHEET_MARKER }]);
    const out = made(await host.makeDossier({}));
    expect(out.made).toEqual([{ kind: "minutes", sheet: "Biên bản họp bình xét" }]);
    expect(out.notes[0]).toMatch(/^Chưa lập tờ trình, danh sách và báo cáo thành tích/);
    expect(fake.workbook.sheetNames()).toEqual(["Theo dõi", "Biên bản họp bình xét"]);
    // a name that reads as a formula is written as text
    expect(Object.keys(fake.workbook.formulas("Biên bản họp bình xét"))).toEqual([]);
    expect(fake.workbook.values("Biên bản họp bình xét").flat()).toContain('=HYPERLINK("http://example.invalid","Bấm vào đây")');
  });
});

test("no nominee and no tie (quota 0): nothing is written, no write request, and the reason is told", async () => {
  const fake = await fixture("04-dong-hang-va-tap-the");
  const before = fake.workbook.dump();
  const out = made(await createExcelHost(fake).makeDossier({ quota: 0 }));
  expect(out.made).toEqual([]);
  expect(out.reason).toBe("Không lập hồ sơ đề nghị khen thưởng: số lượng khen thưởng (chỉ tiêu) đang là 0.");
  expect(fake.stats.syncs).toBe(2);
  expect(fake.workbook.dump()).toEqual(before);
});

test("a workbook that cannot be scored: the run's plain message, nothing written", async () => {
  const fake = createFakeOffice({ sheets: [{ name: "Trống", rows: [["Không có bảng"]] }] });
  const out = await createExcelHost(fake).makeDossier({});
  expect(out.ok).toBe(false);
  if (!out.ok) expect(out.failure?.code).toBe("E_NO_HEADER");
  expect(fake.workbook.sheetNames()).toEqual(["Trống"]);
});

test("Excel refusing the write: a plain message naming “Lập hồ sơ”, and no half-built sheet left", async () => {
  const fake = await fixture("04-dong-hang-va-tap-the");
  fake.hooks.failOn = (action) => (action === "merge" ? "GeneralException" : undefined);
  const out = await createExcelHost(fake).makeDossier({});
  expect(out).toMatchObject({ ok: false, message: expect.stringMatching(/^Excel báo lỗi khi lập hồ sơ\..*bấm Lập hồ sơ lại/) });
  expect(fake.workbook.sheetNames()).toEqual(["Theo dõi"]);
});

test("too old an Excel: refused before any request", async () => {
  const fake = createFakeOffice(await fakeDataFromXlsx(path.join(FIXTURES, "04-dong-hang-va-tap-the.xlsx")), { excelApi: "1.9" });
  const out = await createExcelHost(fake).makeDossier({});
  expect(out).toMatchObject({ ok: false, message: expect.stringMatching(/^Phiên bản Excel này quá cũ/) });
  expect(fake.stats.syncs).toBe(0);
});

describe("every page setting of a dossier sheet's plan reaches Excel", () => {
  let fake: FakeOffice;
  let plans: SheetPlan[];
  beforeAll(async () => {
    fake = await fixture("04-dong-hang-va-tap-the");
    made(await createExcelHost(fake).makeDossier({ dossier: DOSSIER }));
    const run = await fixtureRun("04-dong-hang-va-tap-the");
    plans = dossierSheets(dossierOf(run, DOSSIER, "2025-12-20"));
  });

  test("A4 portrait, margins in points, fit to one page wide, the print area (the marker outside it), manual breaks", () => {
    for (const sp of plans) {
      const page = fake.workbook.sheet(sp.name).page;
      const m = sp.page.margins!;
      expect(page).toMatchObject({
        orientation: "Portrait",
        paperSize: "A4",
        zoom: { horizontalFitToPages: 1 },
        printArea: sp.page.printArea,
      });
      expect(page.rowBreaks ?? []).toEqual(sp.page.rowBreaks ?? []);
      const pt = (inches: number) => Math.round(inches * 7200) / 100;
      expect(page.margins).toEqual({
        leftMargin: pt(m.left),
        rightMargin: pt(m.right),
        topMargin: pt(m.top),
        bottomMargin: pt(m.bottom),
        headerMargin: pt(m.header!),
        footerMargin: pt(m.footer!),
      });
      const markerCol = sp.rows[0].findIndex((c) => c.v === SHEET_MARKER) + 1;
      expect(sp.page.printArea).toBe(`A1:${colLetter(markerCol - 2)}${sp.rows.length}`);
    }
    expect(plans.some((sp) => (sp.page.rowBreaks ?? []).length > 0)).toBe(true);
  });

  test("column widths, every row's height, merges, fonts, bold and italic, the motto underlined, alignment, borders only on data tables", () => {
    for (const sp of plans) {
      const s = fake.workbook.sheet(sp.name);
      expect([...s.colWidths].sort((a, b) => a[0] - b[0])).toEqual(sp.colWidths.map((w, i) => [i + 1, widthPoints(w)]));
      expect(Object.fromEntries(s.rowHeights)).toEqual(Object.fromEntries(Object.entries(sp.rowHeights!).map(([r, h]) => [Number(r), h])));
      expect(s.merges.map((m) => `${m.top}:${m.left}-${m.bottom}:${m.right}`).sort()).toEqual(
        sp.merges.map((m) => `${m.top}:${m.left}-${m.bottom}:${m.right}`).sort(),
      );
      sp.rows.forEach((row, r) =>
        row.forEach((pc, c) => {
          const f = s.rows[r]?.[c]?.format ?? {};
          const want = {
            fontName: "Times New Roman",
            fontSize: pc.s?.size ?? sp.font.size,
            bold: !!pc.s?.bold || undefined,
            italic: !!pc.s?.italic || undefined,
            underline: pc.s?.underline ? "Single" : undefined,
            hAlign: pc.s?.align ? { left: "Left", center: "Center", right: "Right" }[pc.s.align] : undefined,
            wrap: pc.s?.wrap || undefined,
            bordered: !!pc.s?.border,
          };
          if (c >= sp.colWidths.length) return; // the marker
          const got = {
            fontName: f.fontName,
            fontSize: f.fontSize,
            bold: f.bold,
            italic: f.italic,
            underline: f.underline,
            hAlign: f.hAlign,
            wrap: f.wrap,
            bordered: Object.keys(f.borders ?? {}).length > 0,
          };
          expect({ cell: `${colLetter(c + 1)}${r + 1}`, ...got }).toEqual({ cell: `${colLetter(c + 1)}${r + 1}`, ...want });
        }),
      );
    }
    const motto = fake.workbook
      .sheet("Tờ trình")
      .rows.flat()
      .find((c) => c?.value === "Độc lập - Tự do - Hạnh phúc");
    expect(motto?.format?.underline).toBe("Single");
  });

  test("the data tables' cells have all four borders; the letterhead and the signatures none", () => {
    const minutes = plans.find((sp) => sp.name === "Biên bản họp bình xét")!;
    const s = fake.workbook.sheet(minutes.name);
    const bordered = minutes.rows.flatMap((row, r) => row.flatMap((pc, c) => (pc.s?.border ? [[r, c]] : [])));
    expect(bordered.length).toBeGreaterThan(0);
    for (const [r, c] of bordered)
      expect(
        Object.keys(s.rows[r][c]!.format!.borders!)
          .filter((k) => !k.includes("."))
          .sort(),
      ).toEqual(["EdgeBottom", "EdgeLeft", "EdgeRight", "EdgeTop"]);
    expect(
      s.rows
        .slice(0, 4)
        .flat()
        .some((c) => c?.format?.borders),
    ).toBe(false);
  });
});

test("the ribbon's “Chấm điểm & Xếp hạng” (the saved settings, dossier details included) scores only: no dossier sheet", async () => {
  const fake = await fixture("04-dong-hang-va-tap-the");
  const host = createExcelHost(fake);
  await host.saveSettings({ dossier: DOSSIER });
  expectOk(await host.scoreSaved());
  expect(fake.workbook.sheetNames()).toEqual(["Theo dõi", SHEET_NAMES.nomination, SHEET_NAMES.summary]);
  // the run's list carries the saved signer
  expect(fake.workbook.values(SHEET_NAMES.nomination).flat()).toContain("Lê Văn Bình");
});
