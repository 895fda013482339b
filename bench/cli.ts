// Section 3: the command line end to end, as `npm run score` runs it (`node scripts/run-cli.mjs score <in> --out
// <out> --json <json>`, plain node and the cached bundle; npm's own start-up not included): wall time and peak RSS
// on a generated sheet of 3,000 and of 50,000 rows, and on the 3,000-row sheet with whole-column data validations,
// a whole-column conditional format and a value left in A1048576 (§10: these must cost nothing per row).
import ExcelJS from "exceljs";
import { strToU8, strFromU8, unzipSync, zipSync } from "fflate";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SheetSnapshot, colLetter } from "../src/core/read/snapshot";
import { runNode } from "./child";
import { generateSheet } from "./generate";
import { median, round } from "./stats";

export interface CliCase {
  label: string;
  rows: number;
  runs: number;
  ok: boolean;
  error?: string;
  /** median wall time, spawn → exit (node start-up and loading the bundle included) */
  wall_ms: number;
  walls_ms: number[];
  /** median time inside the process (node's own start-up excluded) */
  inproc_ms: number;
  /** largest peak RSS of the runs, MB */
  rss_mb: number;
  input_kb: number;
  output_kb: number;
}

export interface CliResult {
  plain: CliCase;
  far: CliCase;
  large: CliCase;
}

/** The snapshot as an .xlsx file (values and merges). */
export async function writeSnapshotXlsx(sheet: SheetSnapshot, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name);
  sheet.values.forEach((row, r) => {
    const cells = (row ?? []).map((v) => (v === null ? undefined : typeof v === "object" ? { error: v.error } : v));
    if (cells.length) ws.getRow(r + 1).values = cells as ExcelJS.CellValue[];
  });
  for (const m of sheet.merges) ws.mergeCells(`${colLetter(m.left)}${m.top}:${colLetter(m.right)}${m.bottom}`);
  await wb.xlsx.writeFile(file);
}

/** The same workbook with drop-downs over whole columns (F4:Z1048576 and E:E), a rule over E:Z and `x` in A1048576. */
export function withFarCells(from: string, to: string): void {
  const parts = unzipSync(fs.readFileSync(from));
  const name = "xl/worksheets/sheet1.xml";
  let xml = strFromU8(parts[name]);
  xml = xml.replace(/<\/sheetData>/, '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>');
  const cf =
    '<conditionalFormatting sqref="E1:Z1048576"><cfRule type="expression" dxfId="0" priority="1"><formula>E1&lt;0</formula></cfRule></conditionalFormatting>';
  const dv =
    '<dataValidations count="2"><dataValidation type="list" allowBlank="1" sqref="F4:Z1048576"><formula1>"Có,Không"</formula1></dataValidation>' +
    '<dataValidation type="whole" operator="greaterThanOrEqual" allowBlank="1" sqref="E:E"><formula1>0</formula1></dataValidation></dataValidations>';
  const at = xml.search(/<(?:printOptions|pageMargins|pageSetup|headerFooter|drawing|tableParts|extLst)\b|<\/worksheet>/);
  xml = xml.slice(0, at) + cf + dv + xml.slice(at);
  xml = xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:Z1048576"/>');
  parts[name] = strToU8(xml);
  fs.writeFileSync(to, zipSync(parts, { level: 6 }));
}

async function measure(label: string, rows: number, input: string, runs: number, dir: string, log: (s: string) => void): Promise<CliCase> {
  const out = path.join(dir, "da-cham.xlsx");
  const json = path.join(dir, "ket-qua.json");
  try {
    const walls: number[] = [];
    const inproc: number[] = [];
    let rss = 0;
    for (let i = 0; i < runs; i++) {
      fs.rmSync(out, { force: true });
      const r = await runNode([], "scripts/run-cli.mjs", ["score", input, "--out", out, "--json", json], 600_000, true);
      if (r.code !== 0 || !fs.existsSync(out)) throw new Error(`exit ${r.code}: ${(r.stderr || r.stdout).trim().split("\n").slice(-3).join(" | ")}`);
      walls.push(r.wallMs);
      inproc.push(r.aliveMs);
      rss = Math.max(rss, r.rssMb);
      log(`  cli ${label} run ${i + 1}/${runs}: ${Math.round(r.wallMs)} ms, ${r.rssMb.toFixed(0)} MB RSS`);
    }
    return {
      label,
      rows,
      runs,
      ok: true,
      wall_ms: Math.round(median(walls)),
      walls_ms: walls.map(Math.round),
      inproc_ms: Math.round(median(inproc)),
      rss_mb: round(rss, 1),
      input_kb: round(fs.statSync(input).size / 1024, 1),
      output_kb: round(fs.statSync(out).size / 1024, 1),
    };
  } catch (e) {
    const nan = { wall_ms: NaN, walls_ms: [], inproc_ms: NaN, rss_mb: NaN, input_kb: NaN, output_kb: NaN };
    return { label, rows, runs, ok: false, error: (e as Error).message, ...nan };
  }
}

export async function benchCli(rows: number, largeRows: number, runs: number, log: (s: string) => void): Promise<CliResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-cli-"));
  try {
    // the bundle is built (or found fresh) first, outside the timing, as after any `npm run score`
    await runNode([], "scripts/run-cli.mjs", ["score", "--help"], 600_000, true);
    const input = path.join(dir, `theo-doi-${rows}.xlsx`);
    await writeSnapshotXlsx(generateSheet(rows), input);
    const farInput = path.join(dir, `theo-doi-${rows}-xa.xlsx`);
    withFarCells(input, farInput);
    const plain = await measure(`${rows}`, rows, input, runs, dir, log);
    const far = await measure(`${rows} + whole columns + A1048576`, rows, farInput, runs, dir, log);
    const largeInput = path.join(dir, `theo-doi-${largeRows}.xlsx`);
    await writeSnapshotXlsx(generateSheet(largeRows), largeInput);
    const large = await measure(`${largeRows}`, largeRows, largeInput, 1, dir, log);
    return { plain, far, large };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
