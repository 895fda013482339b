// Section 4: Excel round trips — what the ribbon's "Chấm điểm & Xếp hạng" really does (`createExcelHost(fake)
// .scoreSaved()`: the saved settings read with the sheet names, the summary shown by the write request) on the Excel
// fake of test/fakes (a fresh fake per run): context.sync count and the largest request / response payload in bytes.
// The fake's extras (protection, validation, events) are installed as in test/excel/helpers.ts: the shell reads
// every sheet's protection.
import { createExcelHost } from "../src/excel/host";
import { createFakeOffice, workbookDataFromSnapshot } from "../test/fakes/excel-fake";
import { installFakeExtras } from "../test/fakes/excel-fake-extras";
import { generateSheet } from "./generate";
import { median, round } from "./stats";

export interface ExcelResult {
  rows: number;
  runs: number;
  ok: boolean;
  error?: string;
  /** syncs of the run (the largest, should the runs differ) */
  syncs: number;
  /** did every run take the same number of syncs? */
  syncs_stable: boolean;
  payload_max_bytes: number;
  response_max_bytes: number;
  /** requests Excel would refuse (over 5 MB) */
  refused: number;
  /** median time of the whole run on the fake (informative only: the fake is not Excel) */
  ms: number;
}

export async function benchExcel(rows: number, runs: number): Promise<ExcelResult> {
  const data = workbookDataFromSnapshot({ sheets: [generateSheet(rows)] });
  const syncs: number[] = [];
  const times: number[] = [];
  let payload = 0;
  let response = 0;
  let refused = 0;
  try {
    installFakeExtras(); // idempotent
    for (let i = 0; i < runs; i++) {
      const fake = createFakeOffice(data);
      const t0 = performance.now();
      const outcome = await createExcelHost({ Excel: fake.Excel, Office: fake.Office }).scoreSaved();
      times.push(performance.now() - t0);
      if (!outcome.ok) throw new Error(outcome.message);
      syncs.push(fake.stats.syncs);
      payload = Math.max(payload, fake.stats.maxPayloadBytes);
      response = Math.max(response, fake.stats.maxResponseBytes);
      refused += fake.stats.refused.length;
    }
  } catch (e) {
    return {
      rows,
      runs,
      ok: false,
      error: (e as Error).message,
      syncs: NaN,
      syncs_stable: false,
      payload_max_bytes: NaN,
      response_max_bytes: NaN,
      refused: NaN,
      ms: NaN,
    };
  }
  return {
    rows,
    runs,
    ok: true,
    syncs: Math.max(...syncs),
    syncs_stable: new Set(syncs).size === 1,
    payload_max_bytes: payload,
    response_max_bytes: response,
    refused,
    ms: round(median(times), 1),
  };
}

export interface ExcelFarResult {
  rows: number;
  ok: boolean;
  error?: string;
  plain_syncs: number;
  far_syncs: number;
  /** requests + responses of the whole run, bytes */
  plain_bytes: number;
  far_bytes: number;
}

/**
 * §10 in the add-in: the ribbon's run on a sheet with a conditional format over F4:Z1048576 and `x` left in
 * A1048576, against the same sheet without them — how many requests more, and how many bytes more.
 */
export async function benchExcelFar(rows: number): Promise<ExcelFarResult> {
  const run = async (far: boolean) => {
    const data = workbookDataFromSnapshot({ sheets: [generateSheet(rows)] });
    if (far) {
      const sheet = data.sheets[0];
      sheet.rows![1_048_576 - 1] = ["x"]; // a sparse array: the fake holds one row there
      sheet.conditionalFormats = [{ ranges: "F4:Z1048576", formula: "=F4<0", fill: "#FFFF00" }];
    }
    const fake = createFakeOffice(data);
    const outcome = await createExcelHost({ Excel: fake.Excel, Office: fake.Office }).scoreSaved();
    if (!outcome.ok) throw new Error(outcome.message);
    const bytes = fake.stats.responses.reduce((a, b) => a + b, 0) + fake.stats.payloads.reduce((a, b) => a + b, 0);
    return { syncs: fake.stats.syncs, bytes };
  };
  try {
    installFakeExtras();
    const plain = await run(false);
    const far = await run(true);
    return { rows, ok: true, plain_syncs: plain.syncs, far_syncs: far.syncs, plain_bytes: plain.bytes, far_bytes: far.bytes };
  } catch (e) {
    return { rows, ok: false, error: (e as Error).message, plain_syncs: NaN, far_syncs: NaN, plain_bytes: NaN, far_bytes: NaN };
  }
}
