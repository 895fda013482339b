// Argument parsing for the command lines (no orchestration here): Node's own `util.parseArgs` in strict mode, an
// unknown or misspelt flag refused with the closest valid one named, and the exit codes of `runCli`.
import { parseArgs as nodeParseArgs } from "node:util";

/** A flag: whether it takes a value, whether it may be repeated, and its one-letter form. */
export interface FlagSpec {
  type: "string" | "boolean";
  multiple?: boolean;
  short?: string;
}

export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string | string[] | boolean | undefined>;
}

/** Bad arguments: exit 2 with the usage. */
export class UsageError extends Error {}
/** A problem the user can fix (a file, a sheet, a header): exit 1 with the message. */
export class CliError extends Error {}

/** Edit distance with transpositions (optimal string alignment): "qouta" is one step from "quota". */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The valid flag closest to a mistyped one ("--qouta" → "--quota", "--clear-highlight" → "--clear-highlights"). */
export function closestFlag(given: string, flags: string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const f of flags) {
    const d = f.startsWith(given) || given.startsWith(f) ? Math.abs(f.length - given.length) * 0.5 : distance(given, f);
    if (d < bestD) {
      best = f;
      bestD = d;
    }
  }
  return best !== null && bestD <= Math.max(2, Math.floor(given.length / 3)) ? best : null;
}

/** Parse strictly: `--name value`, `--name=value`, bare `--flag`; anything unknown is a UsageError naming the closest flag. */
export function parseArgs(argv: string[], spec: Record<string, FlagSpec>): ParsedArgs {
  try {
    const { values, positionals } = nodeParseArgs({ args: argv, options: spec, strict: true, allowPositionals: true });
    return { positional: positionals, flags: values as ParsedArgs["flags"] };
  } catch (e) {
    const err = e as Error & { code?: string };
    const names = Object.keys(spec);
    const unknown = /'(-{1,2}[^'=]+)/.exec(err.message)?.[1];
    if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown) {
      const near = closestFlag(unknown.replace(/^-+/, ""), names);
      throw new UsageError(`Không có tùy chọn ${unknown}.${near ? ` Có phải ý anh/chị là --${near}?` : ""}`);
    }
    if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const flag = /'(-{1,2}[^'\s]+)/.exec(err.message)?.[1] ?? "";
      const name = flag.replace(/^-+/, "").split(/[ ,]/)[0];
      const wantsValue = spec[name]?.type === "string";
      throw new UsageError(wantsValue ? `Thiếu giá trị cho --${name}.` : `--${name} không nhận giá trị.`);
    }
    throw new UsageError(err.message);
  }
}

/** A string flag's value (the last one when repeated by mistake). */
export function stringFlag(flags: ParsedArgs["flags"], name: string): string | undefined {
  const v = flags[name];
  if (Array.isArray(v)) return v[v.length - 1];
  return typeof v === "string" ? v : undefined;
}

/** A repeatable string flag's values, in the order given. */
export function listFlag(flags: ParsedArgs["flags"], name: string): string[] {
  const v = flags[name];
  return Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
}

export function numberFlag(flags: ParsedArgs["flags"], name: string, opts: { min: number; max?: number; integer?: boolean }): number | undefined {
  const v = stringFlag(flags, name);
  if (v === undefined) return undefined;
  const n = Number(v.trim() === "" ? NaN : v);
  if (!Number.isFinite(n) || n < opts.min || (opts.max !== undefined && n > opts.max) || (opts.integer && !Number.isInteger(n))) {
    throw new UsageError(
      `--${name} phải là ${opts.integer ? "số nguyên" : "số"} từ ${opts.min}${opts.max !== undefined ? ` đến ${opts.max}` : " trở lên"} (nhận được: ${v})`,
    );
  }
  return n;
}

/** Run a command's main and exit: 0 done, 1 CliError, 2 UsageError, 70 a bug (its stack goes to standard error). */
export function runCli(usage: string, main: () => Promise<string[]>): void {
  main()
    .then((lines) => {
      if (lines.length) console.log(lines.join("\n"));
      return 0;
    })
    .catch((e: unknown) => {
      if (e instanceof UsageError) console.error(`Lỗi: ${e.message}\n${usage}`);
      else if (e instanceof CliError) console.error(`Lỗi: ${e.message}`);
      else console.error(`Lỗi không mong đợi (xin báo cho người phát triển): ${(e as Error).stack ?? e}`);
      return e instanceof UsageError ? 2 : e instanceof CliError ? 1 : 70;
    })
    .then((code) => process.exit(code));
}
