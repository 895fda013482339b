// Argument parsing for the command line (no orchestration here).

export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string | true>;
}

/** `--name value`, `--name=value` and bare `--flag`; everything else is positional. */
export function parseArgs(argv: string[], valued: string[]): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (eq > 0) flags[name] = a.slice(eq + 1);
    else if (valued.includes(name)) {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`Thiếu giá trị cho --${name}`);
      flags[name] = v;
      i++;
    } else flags[name] = true;
  }
  return { positional, flags };
}

export class UsageError extends Error {}

export function numberFlag(flags: ParsedArgs["flags"], name: string, opts: { min: number; max?: number; integer?: boolean }): number | undefined {
  const v = flags[name];
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v === true || !Number.isFinite(n) || n < opts.min || (opts.max !== undefined && n > opts.max) || (opts.integer && !Number.isInteger(n))) {
    throw new UsageError(`--${name} phải là ${opts.integer ? "số nguyên" : "số"} từ ${opts.min}${opts.max !== undefined ? ` đến ${opts.max}` : " trở lên"} (nhận được: ${v})`);
  }
  return n;
}
