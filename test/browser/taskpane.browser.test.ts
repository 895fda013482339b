// The built task pane in headless Chromium with the REAL src/excel host over the fake Excel (Office.js double):
// first render time, a keyboard-driven run on fixture 04, a problem that selects its cell, the dossier step ("Lập hồ
// sơ" writes its sheets, each opens on a click), the column mapping
// editor on a sheet whose header is not recognised, the officials' tools (paste two officials, create the sheet,
// the guide) and the ribbon's ?mo=tao-bang, a screenshot, and axe-core on each state.
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { runSummary } from "../../src/core/messages";
import { ROOT } from "./build";
import { startHarness, type Harness } from "./harness";

const expected = JSON.parse(fs.readFileSync(path.join(ROOT, "test", "fixtures", "04-dong-hang-va-tap-the.expected.json"), "utf8")) as {
  sheet: string;
  rows: { row: number; issues: { cell: string; severity: string }[] }[];
  nominees: { name: string }[];
  tieReview: unknown[];
};
const RUN = "Chấm điểm & Xếp hạng";

type AxeViolation = { id: string; impact: string; help: string; targets: string[] };

/** axe-core (served by the harness from node_modules, so the page's CSP allows it) over the whole page. */
async function axe(page: Page): Promise<{ passes: number; violations: AxeViolation[] }> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ url: "/__test__/axe.min.js" });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[]; passes: unknown[] };
    const run = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<Result> } }).axe.run;
    const r = await run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    return {
      passes: r.passes.length,
      violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) })),
    };
  });
}

const serious = (vs: AxeViolation[]) => vs.filter((v) => v.impact === "serious" || v.impact === "critical");

describe("fixture 04 through the real host", () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ fixture: "04-dong-hang-va-tap-the.xlsx" });
    if (h.buildMs) console.log(`webpack --mode production: ${(h.buildMs / 1000).toFixed(1)} s`);
    console.log(`first render (navigation → "${RUN}" visible): ${h.firstRenderMs} ms`);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  test("the first screen renders under a strict CSP with no request leaving the machine", async () => {
    expect(await h.page.getByRole("heading", { level: 1 }).textContent()).toBe("Thi đua CCHC");
    expect(await h.page.locator("html").getAttribute("lang")).toBe("vi");
    expect(h.blocked).toEqual([]);
    expect(h.errors).toEqual([]);
  });

  test("the primary action is reached with Tab, shows its focus, and runs with Enter", async () => {
    let label = "";
    for (let i = 0; i < 6 && label !== RUN; i++) {
      await h.page.keyboard.press("Tab");
      label = await h.page.evaluate(() => document.activeElement?.textContent ?? "");
    }
    expect(label).toBe(RUN);
    const focus = await h.page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { visible: el.matches(":focus-visible"), outline: getComputedStyle(el).outlineStyle };
    });
    expect(focus).toEqual({ visible: true, outline: "solid" });
    await h.page.keyboard.press("Enter");
    await h.page
      .getByTestId("status")
      .filter({ hasText: /^Đã chấm/ })
      .waitFor({ timeout: 30_000 });
    expect(await h.page.evaluate(() => document.activeElement?.textContent)).toBe(RUN); // focus kept through the run
  });

  test("the result reads the counts in words and lists the nominees of the fixture", async () => {
    const errors = expected.rows.reduce((n, r) => n + r.issues.filter((i) => i.severity === "error").length, 0);
    const summary = runSummary({ rows: expected.rows.length, errors, nominees: expected.nominees.length, tieReview: expected.tieReview.length });
    expect(await h.page.getByTestId("status").textContent()).toBe(summary);
    const nominees = h.page.getByTestId("nominees");
    await nominees.waitFor();
    for (const n of expected.nominees) expect(await nominees.textContent()).toContain(n.name);
  });

  test("a problem is a button that selects its cell in Excel", async () => {
    const cell = expected.rows.flatMap((r) => r.issues)[0].cell;
    const problem = h.page.locator(`button[data-cell="${cell}"]`);
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(new RegExp(`^${cell}: `));
    await problem.click();
    await h.page.waitForFunction(
      (want) =>
        JSON.stringify((window as unknown as { __officeFake: { workbook: { selection: unknown } } }).__officeFake.workbook.selection) === want,
      JSON.stringify({ sheet: expected.sheet, address: cell }),
      { timeout: 10_000 },
    );
  });

  test("the dossier step: what will be made, the details, “Lập hồ sơ” writes the sheets, each opens on a click; axe-core clean", async () => {
    const page = h.page;
    const planned = page.getByTestId("dossier-planned");
    await planned.waitFor({ timeout: 30_000 });
    for (const n of expected.nominees) expect(await planned.textContent()).toContain(`Báo cáo thành tích của ${n.name}`);
    await page.getByRole("button", { name: "Thông tin ghi trên hồ sơ" }).click();
    await page.getByRole("textbox", { name: "Họ và tên người ký" }).fill("Lê Văn Bình");
    await page.getByRole("textbox", { name: /^Số tờ trình/ }).fill("15");
    expect(await page.getByTestId("dossier-blanks").textContent()).not.toContain("Số tờ trình");
    const axeForm = await axe(page);
    console.log(`axe-core (dossier step, details open): ${axeForm.passes} rules pass; violations: ${JSON.stringify(axeForm.violations)}`);
    expect(serious(axeForm.violations)).toEqual([]);
    await page.getByTestId("make-dossier").click();
    await page
      .getByTestId("dossier-status")
      .filter({ hasText: `Đã lập ${3 + expected.nominees.length} trang hồ sơ` })
      .waitFor({ timeout: 30_000 });
    type Book = { __officeFake: { workbook: { sheetNames(): string[]; values(s: string): unknown[][] } } };
    const sheets = await page.evaluate(() => (window as unknown as Book).__officeFake.workbook.sheetNames());
    expect(sheets).toEqual(expect.arrayContaining(["Tờ trình", "Danh sách kèm Tờ trình", "Báo cáo thành tích 1", "Biên bản họp bình xét"]));
    const toTrinh = await page.evaluate(() => (window as unknown as Book).__officeFake.workbook.values("Tờ trình").flat().join("\n"));
    expect(toTrinh).toContain("Số: 15/TTr-UBND");
    expect(toTrinh).toContain("Lê Văn Bình");
    await page.getByTestId("dossier-made").getByRole("button", { name: "Biên bản họp bình xét" }).click();
    await page.waitForFunction(
      () =>
        JSON.stringify((window as unknown as { __officeFake: { workbook: { selection: unknown } } }).__officeFake.workbook.selection) ===
        JSON.stringify({ sheet: "Biên bản họp bình xét", address: "A1" }),
      null,
      { timeout: 10_000 },
    );
    // the details were saved in the workbook's settings, in the core's shape
    const saved = await page.evaluate(() =>
      [...(window as unknown as { __officeFake: { workbook: { settings: Map<string, unknown> } } }).__officeFake.workbook.settings.values()].map(
        (v) => (typeof v === "string" ? JSON.parse(v) : v),
      ),
    );
    expect(saved).toContainEqual(expect.objectContaining({ dossier: { signer: { name: "Lê Văn Bình" }, proposal: { number: "15" } } }));
    fs.mkdirSync(path.join(ROOT, "test-output"), { recursive: true });
    await page.getByTestId("dossier").screenshot({ path: path.join(ROOT, "test-output", "taskpane-dossier.png") });
    const result = await axe(page);
    console.log(`axe-core (dossier made): ${result.passes} rules pass; violations: ${JSON.stringify(result.violations)}`);
    expect(serious(result.violations)).toEqual([]);
    expect(h.blocked).toEqual([]);
    expect(h.errors).toEqual([]);
  });

  test("screenshot; axe-core finds no serious or critical problem with the results and settings open", async () => {
    await h.page.getByRole("button", { name: "Hiện cài đặt" }).click();
    await h.page.getByRole("group", { name: "Trang theo dõi được chấm" }).getByRole("checkbox").first().waitFor();
    fs.mkdirSync(path.join(ROOT, "test-output"), { recursive: true });
    await h.page.screenshot({ path: path.join(ROOT, "test-output", "taskpane.png"), fullPage: true });
    const result = await axe(h.page);
    console.log(`axe-core (results + settings): ${result.passes} rules pass; violations: ${JSON.stringify(result.violations)}`);
    expect(serious(result.violations)).toEqual([]);
    expect(h.blocked).toEqual([]);
    expect(h.errors).toEqual([]);
  });

  test("the officials' tools: paste two officials, create the tracking sheet, read the guide; axe-core still clean", async () => {
    const page = h.page;
    await page.getByRole("button", { name: "Hiện công cụ bảng theo dõi" }).click();
    const area = page.getByRole("textbox", { name: "Danh sách (mỗi người một dòng)" });
    await area.waitFor({ timeout: 30_000 });
    await area.fill("Nguyễn Văn An\tChủ tịch UBND\tLãnh đạo\tNam\nLê Thị Hoa\tCông chức Văn phòng - Thống kê\tVăn phòng\tNữ");
    await page.getByTestId("create-sheet").click();
    await page.getByTestId("create-outcome").filter({ hasText: "Đã tạo trang “Theo dõi thi đua”: 2 người" }).waitFor({ timeout: 30_000 });
    const sheets = await page.evaluate(() =>
      (window as unknown as { __officeFake: { workbook: { sheetNames(): string[] } } }).__officeFake.workbook.sheetNames(),
    );
    expect(sheets).toEqual(expect.arrayContaining(["Theo dõi thi đua", "Hướng dẫn nhập liệu", "Tiêu chí"]));
    const names = await page.evaluate(() =>
      (window as unknown as { __officeFake: { workbook: { values(s: string): unknown[][] } } }).__officeFake.workbook
        .values("Theo dõi thi đua")
        .flat(),
    );
    expect(names).toEqual(expect.arrayContaining(["Nguyễn Văn An", "Lê Thị Hoa"]));
    // the pane now watches the new sheet
    await page.getByTestId("live-status").filter({ hasText: "Đang kiểm tra tức thì trang “Theo dõi thi đua”." }).waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Hiện hướng dẫn nhập liệu" }).click();
    await page.getByTestId("guide").filter({ hasText: "Trên trang “Theo dõi thi đua”" }).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("guide").textContent()).toContain("Màu đỏ: lỗi số liệu cần sửa");
    const result = await axe(page);
    console.log(`axe-core (officials' tools + guide): ${result.passes} rules pass; violations: ${JSON.stringify(result.violations)}`);
    expect(serious(result.violations)).toEqual([]);
    expect(h.blocked).toEqual([]);
    expect(h.errors).toEqual([]);
  });

  test("commands.html loads under the same CSP and registers the ribbon's three functions", async () => {
    await h.page.goto(`${h.url}/commands.html`);
    await h.page.waitForFunction(
      () => (window as unknown as { __officeFake?: { actions: Map<string, unknown> } }).__officeFake?.actions.size === 3,
      null,
      { timeout: 10_000 },
    );
    const names = await h.page.evaluate(() =>
      [...(window as unknown as { __officeFake: { actions: Map<string, unknown> } }).__officeFake.actions.keys()].sort(),
    );
    expect(names).toEqual(["clearHighlights", "openOfficialsTools", "scoreAndRank"]);
    expect(h.blocked).toEqual([]);
    expect(h.errors).toEqual([]);
  });

  test("the ribbon's “Tạo bảng theo dõi” page (?mo=tao-bang) opens on the tools with the focus on their heading", async () => {
    await h.page.goto(`${h.url}/taskpane.html?mo=tao-bang`);
    const heading = h.page.getByRole("heading", { name: "Tạo bảng theo dõi" });
    await heading.waitFor({ timeout: 30_000 });
    await h.page.waitForFunction(() => document.activeElement?.textContent === "Tạo bảng theo dõi", null, { timeout: 10_000 });
    expect(await h.page.getByRole("button", { name: "Ẩn công cụ bảng theo dõi" }).getAttribute("aria-expanded")).toBe("true");
    expect(h.errors).toEqual([]);
  });
});

describe("a sheet whose header is only partly recognised", () => {
  let h: Harness;
  const workbook = {
    sheets: [
      {
        name: "Danh sách",
        rows: [
          ["DANH SÁCH CÁN BỘ, CÔNG CHỨC"],
          [],
          ["STT", "Họ và tên", "Hồ sơ nhận về", "Xong đúng hẹn"],
          [1, "Nguyễn Văn An", 10, 10],
          [2, "Trần Thị Bình", 10, 8],
        ],
      },
    ],
  };

  beforeAll(async () => {
    h = await startHarness({ workbook });
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  test("the mapping editor takes column letters and the next run scores with them", async () => {
    await h.page.getByRole("button", { name: RUN }).click();
    const editor = h.page.getByTestId("mapping-editor");
    await editor.waitFor({ timeout: 30_000 });
    expect(await editor.textContent()).toContain("STT, Họ và tên");
    const result = await axe(h.page);
    console.log(`axe-core (mapping editor): ${result.passes} rules pass; violations: ${JSON.stringify(result.violations)}`);
    expect(result.violations).toEqual([]);
    await h.page.getByRole("textbox", { name: "Cột của “Số hồ sơ đã giải quyết”" }).fill("c");
    await h.page.getByRole("textbox", { name: "Cột của “Số hồ sơ đúng hạn”" }).fill("D");
    await h.page.getByRole("button", { name: "Chấm lại với các cột đã nhập" }).click();
    await h.page.getByTestId("status").filter({ hasText: "Đã chấm 2 người · 0 lỗi số liệu · 1 người được đề nghị" }).waitFor({ timeout: 30_000 });
    expect(await h.page.getByTestId("nominees").textContent()).toContain("Nguyễn Văn An");
    expect(await h.page.getByTestId("mapping-editor").count()).toBe(0);
    // remembered in the workbook's settings (under whatever key the shell uses), upper-cased
    const values = await h.page.evaluate(() => [
      ...(window as unknown as { __officeFake: { workbook: { settings: Map<string, unknown> } } }).__officeFake.workbook.settings.values(),
    ]);
    const mappings = values.map((v) => (typeof v === "string" ? JSON.parse(v) : v) as { mapping?: Record<string, string> }).map((v) => v.mapping);
    expect(mappings).toContainEqual({ hs_da_giai_quyet: "C", hs_dung_han: "D" });
    expect(h.blocked).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
