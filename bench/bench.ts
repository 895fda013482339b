// `npm run bench [-- --quick] [-- --save]`: the performance figures of issue 4 — core on generated sheets (one child
// process per size), core/baseline, the command line end to end, Excel round trips on the fake, the task pane's bundle
// and first render — printed as tables with PASS/MISS per budget and written to test-output/bench-result.json; the
// tracked bench/result.json only with --save (the figures README quotes).
// --quick: fewer runs (100,000 rows once), one CLI run, two browser launches.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchCli } from "./cli";
import { CoreSize, benchCore } from "./core";
import { benchExcel, benchExcelFar } from "./excel";
import { Measurements, checks, render, resultJson } from "./report";
import { benchTaskpane } from "./taskpane";

const SAVED = path.join(__dirname, "result.json");
const SCRATCH = path.join(__dirname, "..", "test-output", "bench-result.json");

interface Plan {
  core: CoreSize[];
  cliRows: number;
  cliLargeRows: number;
  cliRuns: number;
  excelRows: number[];
  excelRuns: number;
  launches: number;
}

const plan = (quick: boolean): Plan => ({
  core: [
    { rows: 50, runs: quick ? 3 : 7 },
    { rows: 1000, runs: quick ? 3 : 7 },
    { rows: 10_000, runs: quick ? 3 : 11 }, // the budget size: more runs against the noise
    { rows: 100_000, runs: quick ? 1 : 3, heapCapMb: 500 },
  ],
  cliRows: 3000,
  cliLargeRows: 50_000,
  cliRuns: quick ? 1 : 3,
  excelRows: [50, 5000],
  excelRuns: quick ? 1 : 3,
  launches: quick ? 2 : 5,
});

async function main(argv: string[]): Promise<number> {
  const quick = argv.includes("--quick");
  const unknown = argv.filter((a) => a !== "--quick" && a !== "--save");
  if (unknown.length) {
    console.error(`bench: unknown argument ${unknown.join(" ")} (usage: npm run bench [-- --quick] [-- --save])`);
    return 2;
  }
  const out = argv.includes("--save") ? SAVED : SCRATCH;
  const p = plan(quick);
  const log = (s: string) => console.error(s);
  const t0 = performance.now();
  const loadBefore = os.loadavg();

  log("1–2. core …");
  const core = await benchCore(p.core, log);
  log("4. Excel round trips …");
  const excel = [];
  for (const n of p.excelRows) excel.push(await benchExcel(n, p.excelRuns));
  const excelFar = await benchExcelFar(p.cliRows);
  log("3. command line …");
  const cli = await benchCli(p.cliRows, p.cliLargeRows, p.cliRuns, log);
  log("5. task pane …");
  const taskpane = await benchTaskpane(p.launches, log);

  const m: Measurements = {
    quick,
    core,
    cli,
    excel,
    excelFar,
    taskpane,
    machine: {
      cpu: os.cpus()[0]?.model ?? "unknown",
      cores: os.cpus().length,
      memGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      loadBefore,
      loadAfter: os.loadavg(),
    },
    totalS: (performance.now() - t0) / 1000,
  };
  const cs = checks(m);
  console.log(render(m, cs));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(resultJson(m, cs), null, 2) + "\n");
  log(`figures written to ${path.relative(process.cwd(), out)}${out === SAVED ? "" : " (npm run bench -- --save writes bench/result.json)"}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
