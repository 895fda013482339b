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

/** Bad arguments: exit 2 with the usage. */
export class UsageError extends Error {}
/** A problem the user can fix (a file, a sheet, a header): exit 1 with the message. */
export class CliError extends Error {}

/** Run a command's main and exit: 0 done, 1 CliError, 2 UsageError, 70 a bug (with its stack). */
export function runCli(usage: string, main: () => Promise<string[]>): void {
  main()
    .then((lines) => {
      if (lines.length) console.log(lines.join("\n"));
      return 0;
    })
    .catch((e: unknown) => {
      if (e instanceof UsageError) console.error(`Lỗi: ${e.message}\n${usage}`);
      else if (e instanceof CliError) console.error(`Lỗi: ${e.message}`);
      else console.error(`Lỗi không mong đợi: ${(e as Error).stack ?? e}`);
      return e instanceof UsageError ? 2 : e instanceof CliError ? 1 : 70;
    })
    .then((code) => process.exit(code));
}

export function numberFlag(flags: ParsedArgs["flags"], name: string, opts: { min: number; max?: number; integer?: boolean }): number | undefined {
  const v = flags[name];
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v === true || !Number.isFinite(n) || n < opts.min || (opts.max !== undefined && n > opts.max) || (opts.integer && !Number.isInteger(n))) {
    throw new UsageError(
      `--${name} phải là ${opts.integer ? "số nguyên" : "số"} từ ${opts.min}${opts.max !== undefined ? ` đến ${opts.max}` : " trở lên"} (nhận được: ${v})`,
    );
  }
  return n;
}
