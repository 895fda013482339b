// The criteria catalog: its zod schema (a clerk may edit it, so it is validated with clear errors) and the
// default catalog of Kế hoạch 12/KH-UBND (xã Hòa Phong, 2025). Everything plan-specific lives here.
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

const count = (id: string, header: string, label: string, aliases: string[] = []) => ({ id, kind: "count" as const, header, label, aliases });
const yesno = (id: string, header: string, label: string) => ({ id, kind: "yesno" as const, header, label, aliases: [] });

export const DEFAULT_CATALOG_INPUT = {
  version: 1,
  plan: {
    number: "12/KH-UBND",
    date: "2025-01-16",
    year: 2025,
    unit: "Ủy ban nhân dân xã Hòa Phong",
    unitShort: "UBND xã Hòa Phong",
    place: "Hòa Phong",
    theme: "Đẩy mạnh Cải cách hành chính và Nâng cao chỉ số hiệu quả quản trị hành chính công xã Hòa Phong năm 2025",
    legalBasis: [],
  },
  legal: DEFAULT_LEGAL,
  award: { name: "Giấy khen của Chủ tịch UBND xã", giver: "Chủ tịch UBND xã", quota: 2, minScore: 80 },
  method: "ty-le-dat",
  levels: [
    { min: 100, label: "Xuất sắc" },
    { min: 80, label: "Tốt" },
    { min: 50, label: "Đạt" },
    { min: 0, label: "Chưa đạt" },
  ],
  tieBreak: ["sang_kien"],
  awardGiverTitles: ["Chủ tịch UBND", "Chủ tịch Ủy ban nhân dân"],
  fields: [
    { id: "stt", kind: "text", header: "STT", label: "STT", aliases: ["TT", "Số TT", "Số thứ tự"] },
    { id: "ho_ten", kind: "text", header: "Họ và tên", label: "Họ và tên", aliases: ["Họ tên", "Tên"] },
    { id: "chuc_vu", kind: "text", header: "Chức vụ", label: "Chức vụ", aliases: ["Chức danh"] },
    { id: "linh_vuc", kind: "text", header: "Ngành, lĩnh vực", label: "Ngành, lĩnh vực", aliases: ["Bộ phận"] },
    { id: "loai", kind: "text", header: "Loại đối tượng", label: "Loại đối tượng", aliases: [] },
    { id: "gioi_tinh", kind: "text", header: "Giới tính", label: "Giới tính", aliases: [] },
    yesno("tc01", "TC01. Triển khai văn bản pháp luật cấp trên (Đạt/Không đạt)", "Triển khai văn bản pháp luật cấp trên"),
    count("vbqppl_ban_hanh", "TC02. Số VBQPPL xã ban hành", "Số VBQPPL xã ban hành"),
    count("vbqppl_ra_soat", "TC02. Số VBQPPL được rà soát, kiểm tra", "Số VBQPPL được rà soát"),
    count("vb_moi", "TC03. Số văn bản pháp luật mới", "Số văn bản pháp luật mới"),
    count("vb_tuyen_truyen", "TC03. Số văn bản được tuyên truyền, phổ biến", "Số văn bản được tuyên truyền"),
    count("tthc_tong", "TC04. Tổng số TTHC", "Tổng số TTHC"),
    count("tthc_cong_khai", "TC04. Số TTHC được công khai", "Số TTHC được công khai"),
    count("hs_da_giai_quyet", "TC05. Số hồ sơ đã giải quyết", "Số hồ sơ đã giải quyết"),
    count("hs_dung_han", "TC05. Số hồ sơ trả kết quả đúng hạn, trước hạn", "Số hồ sơ đúng hạn"),
    count("hs_tiep_nhan", "TC06-07. Tổng số hồ sơ tiếp nhận", "Tổng số hồ sơ tiếp nhận"),
    count("hs_mot_cua_dt", "TC06. Số hồ sơ qua hệ thống Một cửa điện tử", "Số hồ sơ qua Một cửa điện tử"),
    count("hs_truc_tuyen", "TC07. Số hồ sơ tiếp nhận, trả kết quả trực tuyến", "Số hồ sơ trực tuyến"),
    count("kq_con_hieu_luc", "TC08. Số kết quả TTHC còn hiệu lực", "Số kết quả TTHC còn hiệu lực"),
    count("kq_so_hoa", "TC08. Số kết quả đã số hóa", "Số kết quả đã số hóa"),
    count("gd_thanh_toan", "TC09. Số giao dịch thanh toán", "Số giao dịch thanh toán"),
    count("gd_truc_tuyen", "TC09. Số giao dịch thanh toán trực tuyến", "Số giao dịch thanh toán trực tuyến"),
    count("phieu_danh_gia", "TC10. Số phiếu đánh giá", "Số phiếu đánh giá"),
    count("phieu_hai_long", "TC10. Số phiếu hài lòng", "Số phiếu hài lòng"),
    { id: "ty_le_hai_long", kind: "percent", header: "TC10. Tỷ lệ hài lòng (%)", label: "Tỷ lệ hài lòng", aliases: [] },
    count("vb_trao_doi", "TC11. Số văn bản trao đổi với cơ quan HCNN", "Số văn bản trao đổi"),
    count("vb_dien_tu", "TC11. Số văn bản dưới dạng điện tử", "Số văn bản điện tử"),
    count("hscv_tong", "TC12. Tổng số hồ sơ công việc", "Tổng số hồ sơ công việc"),
    count("hscv_tren_mang", "TC12. Số hồ sơ xử lý trên môi trường mạng", "Số hồ sơ xử lý trên mạng"),
    yesno("tc13", "TC13. Trang TTĐT cung cấp đầy đủ thông tin (Đạt/Không đạt)", "Trang TTĐT cung cấp đầy đủ thông tin"),
    yesno("tc14", "TC14. Thực hiện báo cáo điện tử (Đạt/Không đạt)", "Thực hiện báo cáo điện tử"),
    yesno("tc15", "TC15. Lập, lưu trữ hồ sơ điện tử (Đạt/Không đạt)", "Lập, lưu trữ hồ sơ điện tử"),
    { id: "bi_phan_anh", kind: "gate", header: "Bị phản ánh (Có/Không)", label: "Bị phản ánh", aliases: [] },
    { id: "bi_ky_luat", kind: "gate", header: "Vi phạm kỷ luật (Có/Không)", label: "Vi phạm kỷ luật", aliases: ["Bị kỷ luật"] },
    {
      id: "dang_xem_xet",
      kind: "gate",
      header: "Đang bị xem xét kỷ luật, thanh tra, khiếu nại, tố cáo (Có/Không)",
      label: "Đang bị xem xét kỷ luật, thanh tra, khiếu nại, tố cáo",
      aliases: [],
    },
    { id: "sang_kien", kind: "count", header: "Số sáng kiến, giải pháp", label: "Số sáng kiến, giải pháp", aliases: [] },
    { id: "ghi_chu", kind: "text", header: "Ghi chú", label: "Ghi chú", aliases: [] },
  ],
  criteria: [
    {
      code: "TC01",
      name: "Triển khai đầy đủ, kịp thời văn bản pháp luật của cấp trên",
      planText: "Triển khai thực hiện đầy đủ, kịp thời, hiệu quả các văn bản pháp luật do Trung ương, tỉnh, thị xã ban hành.",
      type: "yesno",
      field: "tc01",
      target: 1,
      names: ["van ban phap luat cap tren", "trien khai vb phap luat"],
      result: "Triển khai thực hiện đầy đủ, kịp thời các văn bản pháp luật của cấp trên: {kết quả}",
    },
    {
      code: "TC02",
      name: "VBQPPL do xã ban hành được rà soát, kiểm tra, theo dõi thi hành",
      planText: "100% các văn bản quy phạm pháp luật do xã ban hành được rà soát, kiểm tra, theo dõi việc thi hành.",
      type: "ratio",
      denominator: "vbqppl_ban_hanh",
      numerator: "vbqppl_ra_soat",
      target: 1,
      names: ["ra soat vbqppl", "ra soat van ban quy pham"],
      numeratorWords: ["ra soat", "kiem tra", "theo doi"],
      denominatorWords: ["ban hanh"],
      result: "Rà soát, kiểm tra, theo dõi thi hành {số đạt}/{tổng số} văn bản quy phạm pháp luật do xã ban hành ({tỷ lệ})",
    },
    {
      code: "TC03",
      name: "Văn bản pháp luật mới được tuyên truyền, phổ biến",
      planText: "100% các văn bản pháp luật mới ban hành được tuyên truyền, phổ biến",
      type: "ratio",
      denominator: "vb_moi",
      numerator: "vb_tuyen_truyen",
      target: 1,
      names: ["tuyen truyen", "pho bien"],
      numeratorWords: ["tuyen truyen", "pho bien"],
      denominatorWords: ["moi"],
      result: "Tuyên truyền, phổ biến {số đạt}/{tổng số} văn bản pháp luật mới ban hành ({tỷ lệ})",
    },
    {
      code: "TC04",
      name: "TTHC được công khai tại Bộ phận một cửa và Trang TTĐT",
      planText: "100% số TTHC được công khai tại Bộ phận một cửa và Trang thông tin điện tử kịp thời theo quy định",
      type: "ratio",
      denominator: "tthc_tong",
      numerator: "tthc_cong_khai",
      target: 1,
      names: ["cong khai tthc", "cong khai thu tuc", "tthc duoc cong khai", "cong khai tai bo phan mot cua"],
      numeratorWords: ["cong khai"],
      qualifier: "kịp thời theo quy định",
      result: "Công khai {số đạt}/{tổng số} thủ tục hành chính tại Bộ phận một cửa và Trang thông tin điện tử ({tỷ lệ})",
    },
    {
      code: "TC05",
      name: "Hồ sơ TTHC trả kết quả đúng hạn, trước hạn",
      planText: "100% TTHC được trả kết quả đúng hạn và trước hạn",
      type: "ratio",
      denominator: "hs_da_giai_quyet",
      numerator: "hs_dung_han",
      target: 1,
      names: ["dung han", "truoc han", "ho so da giai quyet"],
      numeratorWords: ["dung han", "truoc han"],
      denominatorWords: ["da giai quyet", "giai quyet"],
      result: "Tiếp nhận, giải quyết {số đạt}/{tổng số} hồ sơ TTHC đúng hạn, trước hạn ({tỷ lệ})",
    },
    {
      code: "TC06",
      name: "Hồ sơ TTHC giải quyết qua hệ thống Một cửa điện tử",
      planText: "100% hồ sơ giải quyết TTHC được thực hiện thông qua hệ thống Một cửa điện tử",
      type: "ratio",
      denominator: "hs_tiep_nhan",
      numerator: "hs_mot_cua_dt",
      target: 1,
      names: ["mot cua dien tu"],
      numeratorWords: ["mot cua"],
      denominatorWords: ["tiep nhan"],
      result: "Giải quyết {số đạt}/{tổng số} hồ sơ TTHC qua hệ thống Một cửa điện tử ({tỷ lệ})",
    },
    {
      code: "TC07",
      name: "Hồ sơ TTHC tiếp nhận, trả kết quả trên Cổng DVC trực tuyến",
      planText:
        "Tối thiểu 100% hồ sơ TTHC (so với tổng số hồ sơ TTHC tiếp nhận) được thực hiện tiếp nhận và trả kết quả trên Cổng dịch vụ công trực tuyến.",
      type: "ratio",
      denominator: "hs_tiep_nhan",
      numerator: "hs_truc_tuyen",
      target: 1,
      names: ["dich vu cong truc tuyen", "dvc truc tuyen", "cong dich vu cong"],
      numeratorWords: ["truc tuyen"],
      denominatorWords: ["tiep nhan"],
      result: "Tiếp nhận, trả kết quả {số đạt}/{tổng số} hồ sơ TTHC trên Cổng dịch vụ công trực tuyến ({tỷ lệ})",
    },
    {
      code: "TC08",
      name: "Số hóa kết quả giải quyết TTHC còn hiệu lực",
      planText: "Số hóa kết quả giải quyết TTHC còn hiệu lực thuộc thẩm quyền giải quyết của cấp xã đạt tỷ lệ 100%.",
      type: "ratio",
      denominator: "kq_con_hieu_luc",
      numerator: "kq_so_hoa",
      target: 1,
      names: ["so hoa ket qua", "so hoa"],
      numeratorWords: ["so hoa"],
      denominatorWords: ["con hieu luc"],
      qualifier: "thuộc thẩm quyền giải quyết của cấp xã",
      result: "Số hóa {số đạt}/{tổng số} kết quả giải quyết TTHC còn hiệu lực ({tỷ lệ})",
    },
    {
      code: "TC09",
      name: "Giao dịch thanh toán trực tuyến",
      planText: "Tỷ lệ giao dịch thanh toán trực tuyến đạt 100%.",
      type: "ratio",
      denominator: "gd_thanh_toan",
      numerator: "gd_truc_tuyen",
      target: 1,
      names: ["thanh toan truc tuyen"],
      numeratorWords: ["truc tuyen"],
      result: "Thực hiện {số đạt}/{tổng số} giao dịch thanh toán trực tuyến ({tỷ lệ})",
    },
    {
      code: "TC10",
      name: "Mức độ hài lòng của người dân, doanh nghiệp",
      planText: "Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC đạt tối thiểu 96%.",
      type: "ratio",
      denominator: "phieu_danh_gia",
      numerator: "phieu_hai_long",
      percent: "ty_le_hai_long",
      target: 0.96,
      names: ["hai long"],
      numeratorWords: ["hai long"],
      denominatorWords: ["danh gia"],
      result: "{số đạt}/{tổng số} phiếu đánh giá hài lòng với việc giải quyết TTHC ({tỷ lệ})",
      resultRate: "Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC đạt {tỷ lệ}",
    },
    {
      code: "TC11",
      name: "Văn bản trao đổi giữa cơ quan HCNN dưới dạng điện tử",
      planText: "100% văn bản trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện tử (trừ văn bản thuộc phạm vi bí mật nhà nước)",
      type: "ratio",
      denominator: "vb_trao_doi",
      numerator: "vb_dien_tu",
      target: 1,
      names: ["van ban dien tu", "vb dien tu", "duoi dang dien tu", "van ban trao doi"],
      numeratorWords: ["dien tu"],
      denominatorWords: ["trao doi"],
      qualifier: "trừ văn bản thuộc phạm vi bí mật nhà nước",
      result: "Trao đổi {số đạt}/{tổng số} văn bản với cơ quan hành chính nhà nước dưới dạng điện tử ({tỷ lệ})",
    },
    {
      code: "TC12",
      name: "Hồ sơ công việc xử lý trên môi trường mạng",
      planText: "100% hồ sơ công việc các ngành, lĩnh vực thuộc UBND được xử lý trên môi trường mạng (trừ văn bản thuộc phạm vi bí mật nhà nước)",
      type: "ratio",
      denominator: "hscv_tong",
      numerator: "hscv_tren_mang",
      target: 1,
      names: ["ho so cong viec", "hscv"],
      numeratorWords: ["tren mang", "moi truong mang", "xu ly"],
      qualifier: "trừ văn bản thuộc phạm vi bí mật nhà nước",
      result: "Xử lý {số đạt}/{tổng số} hồ sơ công việc trên môi trường mạng ({tỷ lệ})",
    },
    {
      code: "TC13",
      name: "Trang TTĐT cung cấp đầy đủ thông tin (Luật TCTT, NĐ 42/2022/NĐ-CP)",
      planText:
        "Trang thông tin điện tử của UBND xã cung cấp đầy đủ các nội dung, thông tin theo quy định tại Luật tiếp cận thông tin và Nghị định số 42/2022/NĐ-CP của Chính phủ.",
      type: "yesno",
      field: "tc13",
      target: 1,
      names: ["trang ttdt", "trang thong tin dien tu"],
      result: "Trang thông tin điện tử cung cấp đầy đủ nội dung, thông tin theo quy định: {kết quả}",
    },
    {
      code: "TC14",
      name: "Thực hiện hệ thống thông tin báo cáo điện tử",
      planText: "100% cán bộ, công chức xã triển khai thực hiện hệ thống thông tin báo cáo điện tử.",
      type: "yesno",
      field: "tc14",
      target: 1,
      names: ["bao cao dien tu"],
      result: "Thực hiện hệ thống thông tin báo cáo điện tử: {kết quả}",
    },
    {
      code: "TC15",
      name: "Lập và lưu trữ hồ sơ điện tử",
      planText: "100% các ngành, lĩnh vực thuộc UBND cấp xã thực hiện lập và lưu trữ hồ sơ điện tử.",
      type: "yesno",
      field: "tc15",
      target: 1,
      names: ["ho so dien tu", "luu tru ho so"],
      result: "Lập và lưu trữ hồ sơ điện tử: {kết quả}",
    },
  ],
};

/** The default catalog, validated once (a broken default is a bug, so this throws). */
export const DEFAULT_CATALOG: Catalog = CatalogSchema.parse(DEFAULT_CATALOG_INPUT);

/** Fields by id. */
export function fieldMap(catalog: Catalog): Map<string, Field> {
  return new Map(catalog.fields.map((f) => [f.id, f]));
}
