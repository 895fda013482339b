// The clerk's settings on the command line: `--settings file.json` (the same JSON the add-in keeps in the
// workbook) and `--set key=value` on top (`--set unit.name="Tân Lập"`, `--set dossier.signer.deputy=true`),
// checked against the one schema in src/core/settings.ts; a wrong key or value is named.
import fs from "node:fs";
import { z } from "zod";
import { ClerkSettings, ClerkSettingsSchema } from "../core/settings";
import { CliError, UsageError } from "./args";

/** "true"/"false" and plain numbers become booleans and numbers; everything else stays text. */
function scalar(v: string): unknown {
  if (v === "true") return true;
  if (v === "false") return false;
  if (/^-?\d+(\.\d+)?$/.test(v) && !/^0\d/.test(v)) return Number(v);
  return v;
}

/** Put `value` at a dotted path of `into`. */
function setPath(into: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split(".");
  let at = into;
  for (const p of parts.slice(0, -1)) {
    const next = at[p];
    at = (next && typeof next === "object" && !Array.isArray(next) ? next : (at[p] = {})) as Record<string, unknown>;
  }
  at[parts[parts.length - 1]] = value;
}

/** Keys of `value` the schema does not know, at any depth ("dossier.signr"). */
function unknownKeys(schema: z.ZodType, value: unknown, at: string[] = []): string[] {
  let s: z.ZodType = schema;
  while (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  if (!(s instanceof z.ZodObject) || !value || typeof value !== "object" || Array.isArray(value)) return [];
  const shape = s.shape as Record<string, z.ZodType>;
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    shape[k] ? unknownKeys(shape[k], v, [...at, k]) : [[...at, k].join(".")],
  );
}

/** Settings from --settings and --set, validated: a wrong one stops with a message naming it (exit 2). */
export function cliSettings(file: string | undefined, sets: string[]): ClerkSettings {
  let raw: Record<string, unknown> = {};
  if (file) {
    if (!fs.existsSync(file)) throw new CliError(`Không tìm thấy tệp cài đặt "${file}".`);
    try {
      raw = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (e) {
      throw new CliError(`Tệp cài đặt "${file}" không phải JSON hợp lệ: ${(e as Error).message}`);
    }
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new CliError(`Tệp cài đặt "${file}" phải là một đối tượng JSON ({ … }).`);
  }
  for (const s of sets) {
    const eq = s.indexOf("=");
    if (eq <= 0) throw new UsageError(`--set cần dạng khóa=giá-trị (nhận được: ${s}).`);
    const key = s.slice(0, eq).trim();
    if (!/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/.test(key)) throw new UsageError(`--set: khóa "${key}" không hợp lệ.`);
    setPath(
      raw,
      key,
      key === "sheets"
        ? s
            .slice(eq + 1)
            .split(",")
            .map((x) => x.trim())
        : scalar(s.slice(eq + 1)),
    );
  }
  const unknown = unknownKeys(ClerkSettingsSchema, raw);
  if (unknown.length) throw new UsageError(`Cài đặt không có khóa: ${unknown.join(", ")}.`);
  const r = ClerkSettingsSchema.safeParse(raw);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => `${i.path.join(".") || "(gốc)"}: ${i.message}`);
  throw new UsageError(`Cài đặt không hợp lệ:\n- ${lines.join("\n- ")}`);
}
