// The words of the "Tiêu chí" sheet (titles, settings keys, table headers, type names) and how each setting is
// shown and read back — shared by the writer (catalogSheet.ts) and the reader (catalogSheetRead.ts).
import { Catalog, Field } from "../catalog";
import { fold, headerKey } from "../read/text";

export { CATALOG_SHEET, CATALOG_TITLE } from "../read/sheets";
export const SECTIONS = {
  settings: "I. KẾ HOẠCH VÀ KHEN THƯỞNG",
  criteria: "II. TIÊU CHÍ THI ĐUA",
  fields: "III. CÁC CỘT NHẬP LIỆU (TRƯỜNG)",
} as const;

export const SETTINGS_HEAD = ["Mục", "Giá trị", "Ghi chú"];
export const CRITERIA_HEAD = [
  "Mã",
  "Tiêu chí",
  "Nội dung theo kế hoạch",
  "Loại",
  "Trường tổng số",
  "Trường số đạt",
  "Trường tỷ lệ",
  "Chỉ tiêu (%)",
  "Trọng số",
  "Lưu ý của kế hoạch",
];
export const FIELDS_HEAD = ["Mã trường", "Loại", "Tiêu đề cột", "Tên ngắn", "Tên khác (cách nhau bởi dấu ;)"];

export type CriterionType = Catalog["criteria"][number]["type"];
export const TYPE_WORDS: Record<CriterionType, string> = { ratio: "Tỷ lệ", percent: "Tỷ lệ %", yesno: "Đạt-Không đạt" };
export const KIND_WORDS: Record<Field["kind"], string> = {
  count: "Số đếm",
  percent: "Tỷ lệ %",
  yesno: "Đạt-Không đạt",
  gate: "Có-Không",
  text: "Chữ",
};
export const METHOD_WORDS: Record<Catalog["method"], string> = { "ty-le-dat": "Tỷ lệ tiêu chí đạt", "ty-le-thuc-hien": "Tỷ lệ thực hiện" };
export const ACHIEVED_WORD = "Số tiêu chí đạt";

/** Reverse lookup of a word list, by headerKey (case, diacritics, punctuation aside); codes accepted too. */
export function fromWords<K extends string>(words: Record<K, string>, raw: string): K | null {
  const k = headerKey(raw);
  for (const [code, w] of Object.entries(words) as [K, string][]) if (headerKey(w) === k || fold(code) === fold(raw)) return code;
  return null;
}

export type SettingKind = "text" | "int" | "number" | "date" | "method" | "levels" | "tieBreak" | "list";

export interface SettingSpec {
  key: string;
  /** Path into the catalog ("plan.number"); "plan.legalBasis" repeats one row per entry. */
  path: string[];
  kind: SettingKind;
  note: string;
  repeat?: boolean;
}

export const SETTINGS: SettingSpec[] = [
  { key: "Số kế hoạch", path: ["plan", "number"], kind: "text", note: "Dạng số/KH-UBND, ví dụ 05/KH-UBND" },
  { key: "Ngày kế hoạch", path: ["plan", "date"], kind: "date", note: "Ngày/tháng/năm, ví dụ 20/01/2026" },
  { key: "Năm", path: ["plan", "year"], kind: "int", note: "Năm thực hiện phong trào" },
  { key: "Đơn vị", path: ["plan", "unit"], kind: "text", note: "Tên đầy đủ, ví dụ Ủy ban nhân dân xã …" },
  { key: "Tên đơn vị viết tắt", path: ["plan", "unitShort"], kind: "text", note: "Ví dụ UBND xã …" },
  { key: "Địa danh", path: ["plan", "place"], kind: "text", note: "Ghi ở dòng “…, ngày … tháng … năm …”" },
  { key: "Chủ đề phong trào", path: ["plan", "theme"], kind: "text", note: "Đúng như trong kế hoạch" },
  {
    key: "Căn cứ",
    path: ["plan", "legalBasis"],
    kind: "text",
    note: "Căn cứ thêm, ngoài Luật Thi đua, khen thưởng, Nghị định đang có hiệu lực và kế hoạch này (đã có sẵn); mỗi căn cứ một dòng",
    repeat: true,
  },
  { key: "Hình thức khen thưởng", path: ["award", "name"], kind: "text", note: "Ví dụ Giấy khen của Chủ tịch UBND xã" },
  { key: "Người tặng khen thưởng", path: ["award", "giver"], kind: "text", note: "Ví dụ Chủ tịch UBND xã" },
  { key: "Số lượng khen thưởng (cá nhân)", path: ["award", "quota"], kind: "int", note: "Số người được đề nghị" },
  { key: "Điểm tối thiểu", path: ["award", "minScore"], kind: "number", note: "Từ 0 đến 100" },
  { key: "Cách tính điểm", path: ["method"], kind: "method", note: "“Tỷ lệ tiêu chí đạt” hoặc “Tỷ lệ thực hiện”" },
  { key: "Mức độ hoàn thành", path: ["levels"], kind: "levels", note: "Dạng “Xuất sắc ≥ 100; Tốt ≥ 80; …”" },
  { key: "Xét khi bằng điểm", path: ["tieBreak"], kind: "tieBreak", note: `Tên cột số, cách nhau bởi dấu ; (hoặc “${ACHIEVED_WORD}”)` },
  { key: "Chức vụ người tặng (không tự đề nghị)", path: ["awardGiverTitles"], kind: "list", note: "Cách nhau bởi dấu ;" },
];

/** Vietnamese message for a zod issue, by the last key of its path. */
export const PATH_MESSAGES: Record<string, string> = {
  target: "Chỉ tiêu phải là số từ 0 đến 100",
  weight: "Trọng số phải là số lớn hơn 0",
  quota: "Số lượng khen thưởng phải là số nguyên từ 0 trở lên",
  minScore: "Điểm tối thiểu phải là số từ 0 đến 100",
  year: "Năm phải là số nguyên từ 2000 đến 2100",
  date: "Ngày kế hoạch có dạng ngày/tháng/năm, ví dụ 20/01/2026",
  min: "Điểm của mức độ phải là số từ 0 đến 100",
  type: "Loại phải là “Tỷ lệ”, “Tỷ lệ %” hoặc “Đạt-Không đạt”",
  kind: "Loại trường phải là “Số đếm”, “Tỷ lệ %”, “Đạt-Không đạt”, “Có-Không” hoặc “Chữ”",
  method: "Cách tính điểm phải là “Tỷ lệ tiêu chí đạt” hoặc “Tỷ lệ thực hiện”",
};

/** Labels of a path's last key for "không được để trống" messages. */
export const PATH_LABELS: Record<string, string> = {
  number: "Số kế hoạch",
  unit: "Đơn vị",
  unitShort: "Tên đơn vị viết tắt",
  place: "Địa danh",
  theme: "Chủ đề phong trào",
  giver: "Người tặng khen thưởng",
  planText: "Nội dung theo kế hoạch",
  header: "Tiêu đề cột",
  label: "Tên ngắn",
  levels: "Mức độ hoàn thành",
  criteria: "Bảng tiêu chí",
  fields: "Bảng các cột nhập liệu",
};
