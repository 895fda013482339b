// The clerk's settings, remembered in the workbook (workbook.settings, ExcelApi 1.4) as JSON under one key and
// read through the core's schema (a wrong field is dropped, the rest kept). An older add-in saved one `sheet`: it
// is read as `sheets: [sheet]`.
import { ClerkSettings, readSettings } from "../core/settings";

export const SETTINGS_KEY = "ThiDuaCCHC.settings";

/** Settings from what the workbook holds (a JSON text, or an object), older shapes brought forward. */
export function settingsFrom(raw: unknown): ClerkSettings {
  let value = raw;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return {};
    }
  }
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const { sheet, ...rest } = value as Record<string, unknown>;
    if (typeof sheet === "string" && sheet.trim() && rest.sheets === undefined) value = { ...rest, sheets: [sheet] };
    else value = rest;
  }
  return readSettings(value).settings;
}

/** Queue the read of the saved settings with whatever the next sync sends; call the result after that sync. */
export function queueSettings(ctx: Excel.RequestContext): () => ClerkSettings {
  const item = ctx.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
  return () => (item.isNullObject ? {} : settingsFrom(item.value));
}

export async function loadSettings(ctx: Excel.RequestContext): Promise<ClerkSettings> {
  const read = queueSettings(ctx);
  await ctx.sync();
  return read();
}

export async function saveSettings(ctx: Excel.RequestContext, s: ClerkSettings): Promise<void> {
  ctx.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settingsFrom(s)));
  await ctx.sync();
}
