// Section 3: the command line end to end — a generated tracking sheet written as .xlsx with exceljs, then
// `node --import tsx src/cli/score.ts <in> --out <out> --json <json>` as a child: wall time and peak RSS.
import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SheetSnapshot, colLetter } from "../src/core/read/snapshot";
import { runNode } from "./child";
import { generateSheet } from "./generate";
import { median, round } from "./stats";

export interface CliResult {
  rows: number;
  runs: number;
  ok: boolean;
  error?: string;
  /** median wall time, spawn → exit (node + tsx start-up included) */
  wall_ms: number;
  walls_ms: number[];
  /** median time inside the process (start-up excluded) */
  inproc_ms: number;
  /** largest peak RSS of the runs, MB */
  rss_mb: number;
  input_kb: number;
  output_kb: number;
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

export async function benchCli(rows: number, runs: number, log: (s: string) => void): Promise<CliResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-cli-"));
  try {
    const input = path.join(dir, `theo-doi-${rows}.xlsx`);
    await writeSnapshotXlsx(generateSheet(rows), input);
    const out = path.join(dir, "da-cham.xlsx");
    const json = path.join(dir, "ket-qua.json");
    const walls: number[] = [];
    const inproc: number[] = [];
    let rss = 0;
    for (let i = 0; i < runs; i++) {
      fs.rmSync(out, { force: true });
      const r = await runNode([], "src/cli/score.ts", [input, "--out", out, "--json", json]);
      if (r.code !== 0 || !fs.existsSync(out)) throw new Error(`exit ${r.code}: ${(r.stderr || r.stdout).trim().split("\n").slice(-3).join(" | ")}`);
      walls.push(r.wallMs);
      inproc.push(r.aliveMs);
      rss = Math.max(rss, r.rssMb);
      log(`  cli ${rows} rows run ${i + 1}/${runs}: ${Math.round(r.wallMs)} ms, ${r.rssMb.toFixed(0)} MB RSS`);
    }
    return {
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
    return {
      rows,
      runs,
      ok: false,
      error: (e as Error).message,
      wall_ms: NaN,
      walls_ms: [],
      inproc_ms: NaN,
      rss_mb: NaN,
      input_kb: NaN,
      output_kb: NaN,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
