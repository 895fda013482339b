// What the Office.js shell takes from its environment (the real `Excel`/`Office` globals, or a test fake) and the
// requirement-set check, with the plain Vietnamese message shown when Excel is too old.

/** The slice of the `Excel` global the shell calls. */
export interface ExcelGlobal {
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** A batch in an earlier request's context (an event handler is removed in the context it was added in). */
  run<T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** The slice of the `Office` global the shell calls. */
export interface OfficeGlobal {
  context: { requirements: { isSetSupported(name: string, minVersion?: string): boolean } };
}

export interface HostEnv {
  Excel?: unknown;
  Office?: unknown;
}

/** Every ExcelApi version the shell relies on, and for what (1.13 implies the others). */
export const REQUIRED_SETS: { version: string; why: string }[] = [
  { version: "1.4", why: "workbook.settings, getItemOrNullObject, getUsedRangeOrNullObject" },
  { version: "1.6", why: "conditional formats with a custom formula (highlights)" },
  { version: "1.7", why: "chart series: add, setValues, setXAxisValues" },
  { version: "1.9", why: "getRanges / RangeAreas (formats, highlights), pageLayout (A4)" },
  { version: "1.13", why: "getMergedAreasOrNullObject (two-row merged headers)" },
];

export const TOO_OLD =
  "Phiên bản Excel này quá cũ để chạy Thi đua CCHC. Cần Excel cho Microsoft 365, Excel 2021 trở lên, Excel trên web hoặc Excel cho Mac bản mới. Hãy cập nhật Excel, hoặc mở tệp bằng Excel trên web.";
export const NO_OFFICE = "Không tìm thấy Excel: hãy mở Thi đua CCHC từ trong Excel (thẻ Trang đầu → Thi đua CCHC).";

export function excelOf(env: HostEnv): ExcelGlobal {
  const x = env.Excel as ExcelGlobal | undefined;
  if (!x || typeof x.run !== "function") throw new Error(NO_OFFICE);
  return x;
}

export function checkRequirements(env: HostEnv): { ok: boolean; missing: string[]; message?: string } {
  const office = env.Office as OfficeGlobal | undefined;
  const isSupported = office?.context?.requirements?.isSetSupported;
  if (!env.Excel || typeof isSupported !== "function") return { ok: false, missing: ["Office.js"], message: NO_OFFICE };
  const missing = REQUIRED_SETS.filter((s) => !isSupported.call(office!.context.requirements, "ExcelApi", s.version)).map(
    (s) => `ExcelApi ${s.version}`,
  );
  return missing.length ? { ok: false, missing, message: TOO_OLD } : { ok: true, missing: [] };
}
