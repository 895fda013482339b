// Browser entry of the Office.js test double: the fake Excel of test/fakes over the workbook the harness inlines
// (window.__FAKE_WORKBOOK__), installed as the globals office.js would define, with the fake's extras (protection,
// data validation, onChanged) the officials' tools and the live check use. Bundled by harness.ts with esbuild.
import { createFakeOffice, type FakeOffice, type FakeWorkbookData } from "../fakes/excel-fake";
import { installFakeExtras } from "../fakes/excel-fake-extras";

installFakeExtras();

const w = window as unknown as { __FAKE_WORKBOOK__: FakeWorkbookData; __officeFake: FakeOffice; Office: unknown; Excel: unknown };
const fake = createFakeOffice(w.__FAKE_WORKBOOK__);
w.__officeFake = fake;
w.Office = fake.Office;
w.Excel = fake.Excel;
