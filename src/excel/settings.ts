// The clerk's settings, remembered in the workbook (workbook.settings, ExcelApi 1.4) as JSON under one key;
// anything unreadable or of the wrong type is dropped rather than trusted.
import type { ClerkSettings } from "./api";

export const SETTINGS_KEY = "ThiDuaCCHC.settings";

const METHODS = ["ty-le-dat", "ty-le-thuc-hien"];

/** Keep only well-formed fields. */
export function cleanSettings(raw: unknown): ClerkSettings {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return {};
  const o = raw as Record<string, unknown>;
  const out: ClerkSettings = {};
  if (typeof o.sheet === "string" && o.sheet.trim()) out.sheet = o.sheet;
  if (typeof o.quota === "number" && Number.isInteger(o.quota) && o.quota >= 0) out.quota = o.quota;
  if (typeof o.minScore === "number" && Number.isFinite(o.minScore) && o.minScore >= 0 && o.minScore <= 100) out.minScore = o.minScore;
  if (typeof o.method === "string" && METHODS.includes(o.method)) out.method = o.method as ClerkSettings["method"];
  if (o.lang === "vi" || o.lang === "en") out.lang = o.lang;
  if (o.mapping && typeof o.mapping === "object" && !Array.isArray(o.mapping)) {
    const mapping = Object.fromEntries(
      Object.entries(o.mapping as Record<string, unknown>)
        .filter((e): e is [string, string] => typeof e[1] === "string" && /^[A-Z]{1,3}$/i.test(e[1]))
        .map(([k, v]) => [k, v.toUpperCase()]),
    );
    if (Object.keys(mapping).length) out.mapping = mapping;
  }
  return out;
}

export async function loadSettings(ctx: Excel.RequestContext): Promise<ClerkSettings> {
  const item = ctx.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
  await ctx.sync();
  if (item.isNullObject) return {};
  try {
    return cleanSettings(typeof item.value === "string" ? JSON.parse(item.value) : item.value);
  } catch {
    return {};
  }
}

export async function saveSettings(ctx: Excel.RequestContext, s: ClerkSettings): Promise<void> {
  ctx.workbook.settings.add(SETTINGS_KEY, JSON.stringify(cleanSettings(s)));
  await ctx.sync();
}
