// The ribbon's ExecuteFunction handlers: registered under the manifest's names, the whole job in at most 3 syncs
// with the saved settings, the outcome shown where the clerk sees it — in the pane of the same runtime (shared
// runtime), else a dialog with the message — and the event always completed.
import { SHEET_NAMES } from "../../src/core/write/plan";
import { HIGHLIGHT_TAG } from "../../src/core/write/plan";
import { colLetter } from "../../src/core/read/snapshot";
import type { RunOutcome } from "../../src/excel/api";
import { associateCommands, makeCommands, type PaneLink } from "../../src/commands/handlers";
import { createExcelHost } from "../../src/excel/host";
import { createFakeOffice, workbookDataFromSnapshot, type FakeOffice } from "../fakes/excel-fake";
import { sheetExtras } from "../fakes/excel-fake-extras";
import { bookOf, trackingSheet } from "../excel/helpers";

const fakeWith = (opts = {}, n = 8) => createFakeOffice(workbookDataFromSnapshot(bookOf(trackingSheet(n))), opts);
const event = () => ({ completed: jest.fn() });
const quiet = () => {
  jest.spyOn(console, "info").mockImplementation(() => undefined);
  jest.spyOn(console, "error").mockImplementation(() => undefined);
};
const commandsOf = (fake: FakeOffice, env: object = fake, opts = {}) => makeCommands(env, createExcelHost(fake), opts);

/** A shared runtime: Office with SharedRuntime 1.1 and showAsTaskpane, and a pane link recording what it hears. */
function sharedRuntime(fake: FakeOffice) {
  const heard: string[] = [];
  const outcomes: RunOutcome[] = [];
  const pane: PaneLink = {
    runStarted: () => heard.push("started"),
    runEnded: (o) => (heard.push("ended"), outcomes.push(o)),
    cleared: (n) => heard.push(`cleared ${String(n)}`),
    openTools: () => heard.push("tools"),
  };
  const showAsTaskpane = jest.fn(() => Promise.resolve());
  const displayDialogAsync = jest.fn();
  const office = {
    ...fake.Office,
    addin: { showAsTaskpane },
    context: {
      ...fake.Office.context,
      ui: { displayDialogAsync },
      requirements: {
        isSetSupported: (name: string, v?: string) => name === "SharedRuntime" || fake.Office.context.requirements.isSetSupported(name, v),
      },
    },
  };
  const env = { Excel: fake.Excel, Office: office };
  return { env, pane, heard, outcomes, showAsTaskpane, displayDialogAsync };
}

afterEach(() => jest.restoreAllMocks());

test("the three ExecuteFunction names of the manifest are bound with Office.actions.associate", () => {
  const fake = fakeWith();
  associateCommands(fake.Office, commandsOf(fake));
  expect([...fake.actions.keys()].sort()).toEqual(["clearHighlights", "openOfficialsTools", "scoreAndRank"]);
});

describe("round trips of the ribbon's run", () => {
  test.each([50, 5000])("%i rows: at most 3 syncs (names + settings, sheets, writes + the summary shown)", async (n) => {
    quiet();
    const fake = fakeWith({}, n);
    fake.workbook.settings.set("ThiDuaCCHC.settings", JSON.stringify({ quota: 1 }));
    const e = event();
    await commandsOf(fake).scoreAndRank(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    expect(fake.stats.runs).toBe(1);
    expect(fake.workbook.sheetNames()).toEqual(["Theo dõi", SHEET_NAMES.nomination, SHEET_NAMES.summary]);
    expect(fake.workbook.activeSheet).toBe(SHEET_NAMES.summary);
    expect(fake.workbook.selection).toEqual({ sheet: SHEET_NAMES.summary, address: "A1" });
    expect(console.info).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`Đã chấm ${n} người`)));
  });

  test("the saved settings are used (an older add-in's `sheet` too)", async () => {
    quiet();
    const fake = fakeWith();
    fake.workbook.settings.set("ThiDuaCCHC.settings", JSON.stringify({ quota: 1, sheet: "Theo dõi" }));
    const { env, pane, outcomes } = sharedRuntime(fake);
    await commandsOf(fake, env, { pane }).scoreAndRank(event());
    expect(outcomes[0].ok && outcomes[0].report.result.nomination.quota).toBe(1);
    expect(outcomes[0].ok && outcomes[0].report.settings).toEqual({ quota: 1, sheets: ["Theo dõi"] });
  });
});

test("clearHighlights removes the add-in's rules and completes the event", async () => {
  quiet();
  const fake = fakeWith();
  await commandsOf(fake).scoreAndRank(event());
  const e = event();
  await commandsOf(fake).clearHighlights(e);
  expect(e.completed).toHaveBeenCalledTimes(1);
  expect(fake.workbook.sheet("Theo dõi").cfs.filter((cf) => cf.formula?.includes(HIGHLIGHT_TAG))).toEqual([]);
});

describe("the clerk sees the outcome", () => {
  test("shared runtime: the pane hears the run start and end, and is shown on its result", async () => {
    quiet();
    const fake = fakeWith();
    const rt = sharedRuntime(fake);
    await commandsOf(fake, rt.env, { pane: rt.pane }).scoreAndRank(event());
    expect(rt.heard).toEqual(["started", "ended"]);
    expect(rt.outcomes[0].ok).toBe(true);
    expect(rt.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(rt.displayDialogAsync).not.toHaveBeenCalled();
  });

  test("shared runtime: a failure (a locked sheet) reaches the pane as its plain message; nothing is written", async () => {
    quiet();
    const fake = fakeWith();
    Object.assign(sheetExtras(fake, "Theo dõi").protection, { protected: true, password: "x", options: {} });
    const rt = sharedRuntime(fake);
    const e = event();
    await commandsOf(fake, rt.env, { pane: rt.pane }).scoreAndRank(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    const o = rt.outcomes[0];
    expect(o.ok).toBe(false);
    if (!o.ok) expect(o.message).toMatch(/bảo vệ bằng mật khẩu/);
    expect(rt.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(fake.workbook.sheetNames()).toEqual(["Theo dõi"]);
  });

  test("without a shared runtime a failure opens a dialog of the add-in's own page carrying the message (E_NO_ROOM)", async () => {
    quiet();
    const sheet = trackingSheet(4);
    sheet.values[3][16383] = "x"; // a stray cell in XFD on a table row: no room for the output block
    const fake = createFakeOffice(workbookDataFromSnapshot(bookOf(sheet)));
    const rt = sharedRuntime(fake);
    const office = { ...rt.env.Office, context: { ...rt.env.Office.context, requirements: fake.Office.context.requirements } };
    const e = event();
    await commandsOf(fake, { Excel: fake.Excel, Office: office }, { pageUrl: "https://x.example/taskpane.html" }).scoreAndRank(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(rt.displayDialogAsync).toHaveBeenCalledTimes(1);
    const url = new URL(rt.displayDialogAsync.mock.calls[0][0] as string);
    expect(url.origin + url.pathname).toBe("https://x.example/taskpane.html");
    expect(url.searchParams.get("thong-bao")).toMatch(/không còn chỗ bên phải bảng/);
    expect(fake.workbook.sheetNames()).toEqual(["Theo dõi"]);
    expect(
      fake.workbook
        .values("Theo dõi", `${colLetter(16380)}1:${colLetter(16384)}8`)
        .flat()
        .filter((v) => v !== "" && v !== "x"),
    ).toEqual([]);
  });

  test("too old an Excel: no sync at all, the message is told, the event completes", async () => {
    quiet();
    const old = fakeWith({ excelApi: "1.3" });
    const e = event();
    await commandsOf(old).scoreAndRank(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(old.stats.syncs).toBe(0);
    expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/quá cũ/));
  });

  test("a failing request or a missing Excel still completes the event", async () => {
    quiet();
    const failing = fakeWith();
    failing.hooks.failOn = () => "GeneralException";
    const e2 = event();
    const e3 = event();
    await commandsOf(failing).scoreAndRank(e2);
    await commandsOf(failing).clearHighlights(e3);
    expect([e2.completed.mock.calls.length, e3.completed.mock.calls.length]).toEqual([1, 1]);
    const e4 = event();
    await makeCommands({}, createExcelHost({})).scoreAndRank(e4);
    expect(e4.completed).toHaveBeenCalledTimes(1);
  });
});

test("Tạo bảng theo dõi: the pane of the same runtime goes to the officials' tools and is shown (never re-navigated)", async () => {
  const fake = fakeWith();
  const rt = sharedRuntime(fake);
  const e = event();
  await commandsOf(fake, rt.env, { pane: rt.pane }).openOfficialsTools(e);
  expect(rt.heard).toEqual(["tools"]);
  expect(rt.showAsTaskpane).toHaveBeenCalledTimes(1);
  expect(e.completed).toHaveBeenCalledTimes(1);
  // without a shared runtime: the pane's page in a dialog, on the tools
  const plain = sharedRuntime(fake);
  const office = { ...plain.env.Office, context: { ...plain.env.Office.context, requirements: fake.Office.context.requirements } };
  await commandsOf(fake, { Excel: fake.Excel, Office: office }, { pageUrl: "https://x.example/taskpane.html" }).openOfficialsTools(event());
  expect(plain.displayDialogAsync.mock.calls[0][0]).toBe("https://x.example/taskpane.html?mo=tao-bang");
});
