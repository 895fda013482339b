// The sample workbooks of test/fixtures scored through the exceljs reader: the run, and the expected §9 result.
import ExcelJS from "exceljs";
import fs from "node:fs";
import path from "node:path";
import { ScoreOptions, ScoreRun, scoreWorkbook } from "../../src/core/engine";
import { workbookSnapshot } from "../../src/xlsx/read";

export const FIXTURES = path.join(__dirname, "..", "fixtures");
export const SAMPLE_NAMES = fs
  .readdirSync(FIXTURES)
  .filter((f) => /^\d\d-.*\.xlsx$/.test(f))
  .map((f) => f.replace(/\.xlsx$/, ""))
  .sort();

export interface Expected {
  unit?: { kind: string; name: string; source: string };
  nominees: { row: number; name: string }[];
  tieReview: { row: number; name: string }[];
}

export const expectedOf = (name: string): Expected => JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.expected.json`), "utf8"));

/** A sample scored as the command line would score it by default. */
export async function fixtureRun(name: string, opts: ScoreOptions = {}): Promise<ScoreRun> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(FIXTURES, `${name}.xlsx`));
  const outcome = scoreWorkbook(workbookSnapshot(wb), opts);
  if (!outcome.ok) throw new Error(`${name}: ${outcome.failure.code}`);
  return outcome.run;
}
