// The clerk's settings, one zod schema for both shells: the add-in keeps them in the workbook (so every co-author
// and the ribbon use the same), the command line takes them from `--settings file.json` and `--set key=value`.
// Anything unreadable is dropped field by field rather than trusted.
import { z } from "zod";
import { METHODS, UNIT_KINDS } from "./catalog";

/** "2025-12-20": a calendar date. */
const DateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "ngày có dạng YYYY-MM-DD");
const Text = z.string().trim().min(1).max(200);

export const PersonSchema = z.object({ name: Text.optional(), title: Text.optional() });

/** What the dossier (§12) cannot know from the result; every field left out is a dotted blank on the documents. */
export const DossierSettingsSchema = z.object({
  /** Who signs the Tờ trình and the list for the UBND: the chairman, or a deputy ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"). */
  signer: z.object({ name: Text.optional(), deputy: z.boolean().optional() }).optional(),
  /** Người lập biểu of the list. */
  preparedBy: Text.optional(),
  /** The Tờ trình's number ("15" of "Số: 15/TTr-UBND") and date; the list is "Kèm theo" it. */
  proposal: z.object({ number: Text.optional(), date: DateText.optional() }).optional(),
  /** The review meeting (họp bình xét): when, where, who chairs it and who keeps the minutes. */
  meeting: z
    .object({
      date: DateText.optional(),
      time: Text.optional(),
      place: Text.optional(),
      chair: PersonSchema.optional(),
      secretary: PersonSchema.optional(),
      /** Those present ("Ông Nguyễn Văn A, Phó Chủ tịch UBND xã"); unset: dotted lines to fill in. */
      members: z.array(Text).max(40).optional(),
    })
    .optional(),
  /** The head of the unit who confirms each báo cáo thành tích (title defaults to the chairman's). */
  confirmer: PersonSchema.optional(),
});

export const ClerkSettingsSchema = z.object({
  /** The tracking sheets to score together (none: the sheet the engine finds, §7). */
  sheets: z.array(Text).optional(),
  /** Score every tracking sheet of the workbook together (§10). */
  allSheets: z.boolean().optional(),
  quota: z.number().int().min(0).optional(),
  minScore: z.number().min(0).max(100).optional(),
  method: z.enum(METHODS).optional(),
  /** field id → column letter, for headers the engine does not recognise (the clerk's mapping) */
  mapping: z
    .record(
      z.string(),
      z
        .string()
        .regex(/^[A-Za-z]{1,3}$/)
        .transform((s) => s.toUpperCase()),
    )
    .optional(),
  lang: z.enum(["vi", "en"]).optional(),
  /** The unit when the tracking sheet's heading does not name it (§10). */
  unit: z.object({ kind: z.enum(UNIT_KINDS), name: Text }).optional(),
  dossier: DossierSettingsSchema.optional(),
});

export type ClerkSettings = z.infer<typeof ClerkSettingsSchema>;
export type DossierSettings = z.infer<typeof DossierSettingsSchema>;
export type Person = z.infer<typeof PersonSchema>;

/**
 * Settings from untrusted JSON: each top-level field that does not fit the schema is dropped (with its path in
 * `dropped`), the rest kept — a wrong value never stops a run, and never reaches it.
 */
export function readSettings(raw: unknown): { settings: ClerkSettings; dropped: string[] } {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return { settings: {}, dropped: raw === undefined || raw === null ? [] : ["(gốc)"] };
  const shape = ClerkSettingsSchema.shape;
  const out: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const field = shape[key as keyof typeof shape];
    if (!field) {
      dropped.push(key);
      continue;
    }
    const r = field.safeParse(value);
    if (r.success) {
      if (r.data !== undefined) out[key] = r.data;
    } else dropped.push(key);
  }
  return { settings: out as ClerkSettings, dropped };
}
