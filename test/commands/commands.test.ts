// The ribbon's ExecuteFunction handlers: registered under the manifest's names once Office is ready, run the job
// or clear the highlights on the fake, and always complete the event (even when Excel is too old or fails).
import { HIGHLIGHT_TAG } from "../../src/core/write/plan";
import { SHEET_NAMES } from "../../src/core/write/plan";
import { makeCommands } from "../../src/commands/handlers";
import { createFakeOffice, workbookDataFromSnapshot } from "../fakes/excel-fake";
import { bookOf, trackingSheet } from "../excel/helpers";

const fakeWith = (opts = {}) => createFakeOffice(workbookDataFromSnapshot(bookOf(trackingSheet(8))), opts);
const event = () => ({ completed: jest.fn() });
const quiet = () => {
  jest.spyOn(console, "info").mockImplementation(() => undefined);
  jest.spyOn(console, "error").mockImplementation(() => undefined);
};

afterEach(() => jest.restoreAllMocks());

test("commands.ts registers scoreAndRank and clearHighlights with Office.actions.associate once Office is ready", async () => {
  const fake = fakeWith();
  const g = globalThis as { Office?: unknown; Excel?: unknown };
  g.Office = fake.Office;
  g.Excel = fake.Excel;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module registers its actions when loaded
    jest.isolateModules(() => require("../../src/commands/commands"));
    await fake.Office.onReady();
    expect([...fake.actions.keys()].sort()).toEqual(["clearHighlights", "scoreAndRank"]);
  } finally {
    delete g.Office;
    delete g.Excel;
  }
});

test("scoreAndRank runs the whole job with the saved settings, shows the summary sheet and completes the event", async () => {
  quiet();
  const fake = fakeWith();
  fake.workbook.settings.set("ThiDuaCCHC.settings", JSON.stringify({ quota: 1 }));
  const e = event();
  await makeCommands(fake).scoreAndRank(e);
  expect(e.completed).toHaveBeenCalledTimes(1);
  expect(fake.workbook.sheetNames()).toEqual(["Theo dõi", SHEET_NAMES.nomination, SHEET_NAMES.summary]);
  expect(fake.workbook.activeSheet).toBe(SHEET_NAMES.summary);
  expect(console.info).toHaveBeenCalledWith(expect.stringMatching(/Đã chấm 8 người/));
});

test("clearHighlights removes the add-in's rules and completes the event", async () => {
  quiet();
  const fake = fakeWith();
  await makeCommands(fake).scoreAndRank(event());
  const e = event();
  await makeCommands(fake).clearHighlights(e);
  expect(e.completed).toHaveBeenCalledTimes(1);
  expect(fake.workbook.sheet("Theo dõi").cfs.filter((cf) => cf.formula?.includes(HIGHLIGHT_TAG))).toEqual([]);
});

test("the event completes even when Excel is too old, when a request fails, or when Excel is missing", async () => {
  quiet();
  const old = fakeWith({ excelApi: "1.3" });
  const e1 = event();
  await makeCommands(old).scoreAndRank(e1);
  expect(e1.completed).toHaveBeenCalledTimes(1);
  expect(old.stats.syncs).toBe(0);
  expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/quá cũ/));

  const failing = fakeWith();
  failing.hooks.failOn = () => "GeneralException";
  const e2 = event();
  const e3 = event();
  await makeCommands(failing).scoreAndRank(e2);
  await makeCommands(failing).clearHighlights(e3);
  expect([e2.completed.mock.calls.length, e3.completed.mock.calls.length]).toEqual([1, 1]);

  const e4 = event();
  await makeCommands({}).scoreAndRank(e4);
  expect(e4.completed).toHaveBeenCalledTimes(1);
});

test("on failure the pane is opened when the host can (shared runtime)", async () => {
  quiet();
  const fake = fakeWith({ excelApi: "1.3" });
  const showAsTaskpane = jest.fn(() => Promise.resolve());
  const office = { ...fake.Office, addin: { showAsTaskpane } };
  await makeCommands({ Excel: fake.Excel, Office: office }).scoreAndRank(event());
  expect(showAsTaskpane).toHaveBeenCalledTimes(1);
});
