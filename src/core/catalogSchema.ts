// The criteria catalog's zod schema and types: a clerk may edit a catalog (the "Tiêu chí" sheet, a JSON file), so
// it is validated with clear errors. The default catalog is the data in catalogDefault.ts.
import { z } from "zod";

/** The scoring methods of §5: share of criteria achieved, or proportional to the rates (Decision 766/QĐ-TTg). */
export const METHODS = ["ty-le-dat", "ty-le-thuc-hien"] as const;
/** What the ranking can separate equal scores by (§5): the initiatives, the number of criteria achieved. */
export const TIE_BREAK_KEYS = ["sang_kien", "achieved"] as const;
/** The kinds of commune-level unit since 01/7/2025. */
export const UNIT_KINDS = ["xã", "phường", "đặc khu"] as const;

export const FieldKindSchema = z.enum(["count", "percent", "yesno", "gate", "text"]);

export const FieldSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/, "mã trường chỉ gồm chữ thường, số và dấu _"),
  kind: FieldKindSchema,
  /** Canonical header text (flat layout); always recognised. */
  header: z.string().min(1),
  /** Short label used in messages ("Số hồ sơ đúng hạn"). */
  label: z.string().min(1),
  /** Other exact header texts (the `/` alternatives of the spec). */
  aliases: z.array(z.string()).default([]),
});

export const CriterionSchema = z
  .object({
    code: z.string().regex(/^TC\d{2}$/, "mã tiêu chí có dạng TC01, TC02 …"),
    name: z.string().min(1),
    /** The plan's own words, shown as header help and on input messages. */
    planText: z.string().min(1),
    type: z.enum(["ratio", "percent", "yesno"]),
    denominator: z.string().optional(),
    numerator: z.string().optional(),
    /** For `ratio`: an alternative one-cell rate; for `percent`: the rate cell. */
    percent: z.string().optional(),
    /** For `yesno`: the Đạt / Không đạt cell. */
    field: z.string().optional(),
    /** Target as a fraction (1 = 100%, 0.96 = 96%). */
    target: z.number().min(0).max(1),
    weight: z.number().positive().default(1),
    /** Phrases (any case/diacritics) that name the criterion in a header when it carries no code. */
    names: z.array(z.string()).default([]),
    /** The criterion's own verbs: a sub-header containing one is the numerator (or the rate under `percent`). */
    numeratorWords: z.array(z.string()).default([]),
    /** Phrases that mark the denominator column even though they contain "đã", "được" … */
    denominatorWords: z.array(z.string()).default([]),
    qualifier: z.string().optional(),
    /**
     * How a báo cáo thành tích states the person's figures for this criterion (§12), with `{số đạt}`, `{tổng số}`,
     * `{tỷ lệ}` and `{kết quả}` (Đạt / Chưa đạt) filled in: "Tiếp nhận, giải quyết {số đạt}/{tổng số} hồ sơ TTHC
     * đúng hạn ({tỷ lệ})". Unset: the criterion's name and the figures.
     */
    result: z.string().optional(),
    /** The same when the rate comes from one cell (TC10 as a percent): `{tỷ lệ}` only. */
    resultRate: z.string().optional(),
  })
  .superRefine((c, ctx) => {
    const need = (k: "denominator" | "numerator" | "percent" | "field") => {
      if (!c[k]) ctx.addIssue({ code: "custom", path: [k], message: `tiêu chí ${c.code} (${c.type}) cần trường "${k}"` });
    };
    if (c.type === "ratio") {
      need("denominator");
      need("numerator");
    }
    if (c.type === "percent") need("percent");
    if (c.type === "yesno") need("field");
  });

const DateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "ngày có dạng YYYY-MM-DD");

/** A decree detailing the law, with the days it is in force: documents cite the one in force on their date (§6, §12). */
export const DecreeSchema = z.object({
  /** As cited after "Căn cứ": "Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định …" */
  text: z.string().min(1),
  /** As named in running text: "Nghị định số 152/2025/NĐ-CP" */
  short: z.string().min(1),
  /** First day in force. */
  from: DateText,
  /** Last day in force (unset: still in force). */
  until: DateText.optional(),
  /** The form of the Tờ trình in the decree's annex ("Mẫu số 01 …"). */
  proposalForm: z.string().optional(),
  /** The article that prefers the woman among individuals who qualify equally ("Điều 4"). */
  womenFirst: z.string().optional(),
});

/** The legal lines every document cites: the law and the decrees that detail it (a province may edit them). */
export const LegalSchema = z.object({
  law: z.string().min(1),
  decrees: z.array(DecreeSchema).min(1),
});

export const DEFAULT_LEGAL: z.infer<typeof LegalSchema> = {
  law: "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
  decrees: [
    {
      text: "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
      short: "Nghị định số 98/2023/NĐ-CP",
      from: "2024-01-01",
      until: "2025-06-30",
    },
    {
      text: "Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
      short: "Nghị định số 152/2025/NĐ-CP",
      from: "2025-07-01",
      proposalForm: "Mẫu số 01 (Tờ trình đề nghị khen thưởng)",
      womenFirst: "Điều 4",
    },
  ],
};

export const LevelSchema = z.object({ min: z.number().min(0).max(100), label: z.string().min(1) });

export const CatalogSchema = z
  .object({
    version: z.literal(1),
    plan: z.object({
      number: z.string().min(1),
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "ngày có dạng YYYY-MM-DD"),
      year: z.number().int().min(2000).max(2100),
      unit: z.string().min(1),
      unitShort: z.string().min(1),
      place: z.string().min(1),
      theme: z.string().min(1),
      /** Further legal bases, after the law, the decree in force and the plan itself (which every document cites). */
      legalBasis: z.array(z.string()).default([]),
    }),
    legal: LegalSchema.default(DEFAULT_LEGAL),
    award: z.object({
      name: z.string().min(1),
      giver: z.string().min(1),
      quota: z.number().int().min(0),
      minScore: z.number().min(0).max(100),
    }),
    method: z.enum(METHODS).default("ty-le-dat"),
    levels: z.array(LevelSchema).min(1),
    /** Fields (or "achieved") that separate equal scores, in order; default: initiatives. */
    tieBreak: z.array(z.enum(TIE_BREAK_KEYS, { error: () => `chỉ xét khi bằng điểm theo ${TIE_BREAK_KEYS.join(" hoặc ")}` })).default(["sang_kien"]),
    /** `chuc_vu` prefixes of the award-giver, who is not nominated. */
    awardGiverTitles: z.array(z.string()).default([]),
    fields: z.array(FieldSchema).min(1),
    criteria: z.array(CriterionSchema).min(1),
  })
  .superRefine((cat, ctx) => {
    const ids = new Set(cat.fields.map((f) => f.id));
    for (const req of ["ho_ten"]) {
      if (!ids.has(req)) ctx.addIssue({ code: "custom", path: ["fields"], message: `thiếu trường bắt buộc "${req}"` });
    }
    const codes = new Set<string>();
    cat.criteria.forEach((c, i) => {
      if (codes.has(c.code)) ctx.addIssue({ code: "custom", path: ["criteria", i, "code"], message: `mã ${c.code} bị trùng` });
      codes.add(c.code);
      for (const k of ["denominator", "numerator", "percent", "field"] as const) {
        const f = c[k];
        if (f && !ids.has(f))
          ctx.addIssue({ code: "custom", path: ["criteria", i, k], message: `trường "${f}" chưa khai báo trong danh sách trường` });
      }
    });
  });

export type Field = z.infer<typeof FieldSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type Catalog = z.infer<typeof CatalogSchema>;
export type Method = Catalog["method"];

/** Validate a catalog; errors come back as Vietnamese lines naming the path ("criteria.3.target: …"). */
export function parseCatalog(input: unknown): { ok: true; catalog: Catalog } | { ok: false; errors: string[] } {
  const r = CatalogSchema.safeParse(input);
  if (r.success) return { ok: true, catalog: r.data };
  return { ok: false, errors: r.error.issues.map((i) => `${i.path.join(".") || "(gốc)"}: ${i.message}`) };
}

/** Fields by id. */
export function fieldMap(catalog: Catalog): Map<string, Field> {
  return new Map(catalog.fields.map((f) => [f.id, f]));
}
