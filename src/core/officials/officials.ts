// The list of officials that pre-fills a new tracking sheet: its schema, and reading it from any sheet whose
// header row names "Họ và tên" (and optionally Chức vụ, Ngành/lĩnh vực, Giới tính, Loại đối tượng) — §7 words.
import { z } from "zod";
import { Catalog } from "../catalog";
import { cellText, isBlank, parseGender, parseKind } from "../read/cells";
import { HeaderMatcher } from "../read/layout";
import { SheetSnapshot, a1, cellAt, colCount } from "../read/snapshot";

export const OfficialSchema = z.object({
  name: z.string().trim().min(1, "thiếu họ và tên"),
  chucVu: z.string().default(""),
  linhVuc: z.string().default(""),
  gioiTinh: z.enum(["Nam", "Nữ"]).optional(),
  loai: z.enum(["Cá nhân", "Tập thể"]).optional(),
});
export type Official = z.infer<typeof OfficialSchema>;
export type OfficialInput = z.input<typeof OfficialSchema>;

export interface OfficialsProblem {
  cell: string;
  message: string;
}
export type OfficialsResult =
  { ok: true; officials: Official[]; headerRow: number; sheet: string } | { ok: false; errors: OfficialsProblem[]; sheet: string; noHeader?: true };

const WANTED = ["stt", "ho_ten", "chuc_vu", "linh_vuc", "gioi_tinh", "loai"] as const;
const SCAN_ROWS = 30;

/** The header row: the one among the first rows that names "Họ và tên" and the most other wanted columns. */
function findHeader(sheet: SheetSnapshot, matcher: HeaderMatcher): { row: number; cols: Partial<Record<(typeof WANTED)[number], number>> } | null {
  let best: { row: number; cols: Partial<Record<(typeof WANTED)[number], number>> } | null = null;
  const width = colCount(sheet);
  for (let r = 1; r <= Math.min(sheet.values.length, SCAN_ROWS); r++) {
    const cols: Partial<Record<(typeof WANTED)[number], number>> = {};
    for (let c = 1; c <= width; c++) {
      const f = matcher.otherField(cellText(cellAt(sheet, r, c)));
      const w = WANTED.find((x) => x === f);
      if (w && cols[w] === undefined) cols[w] = c;
    }
    if (cols.ho_ten === undefined) continue;
    if (!best || Object.keys(cols).length > Object.keys(best.cols).length) best = { row: r, cols };
  }
  return best;
}

/** Read officials from a sheet; every problem names its cell ("D7: giới tính “Nư” không rõ …"). */
export function readOfficials(sheet: SheetSnapshot, catalog: Catalog): OfficialsResult {
  const header = findHeader(sheet, new HeaderMatcher(catalog));
  if (!header) {
    return {
      ok: false,
      noHeader: true,
      sheet: sheet.name,
      errors: [{ cell: "A1", message: `Trang "${sheet.name}" không có dòng tiêu đề có cột "Họ và tên" (trong ${SCAN_ROWS} dòng đầu).` }],
    };
  }
  const { row: hr, cols } = header;
  const officials: Official[] = [];
  const errors: OfficialsProblem[] = [];
  const get = (r: number, k: keyof typeof cols) => (cols[k] === undefined ? null : cellAt(sheet, r, cols[k]!));
  for (let r = hr + 1; r <= sheet.values.length; r++) {
    const name = cellText(get(r, "ho_ten"));
    const others = (["chuc_vu", "linh_vuc", "gioi_tinh", "loai"] as const).some((k) => !isBlank(get(r, k)));
    if (!name) {
      if (others) errors.push({ cell: a1(r, cols.ho_ten!), message: `${a1(r, cols.ho_ten!)}: dòng có thông tin nhưng chưa có họ và tên.` });
      continue;
    }
    let gioiTinh: Official["gioiTinh"];
    const g = get(r, "gioi_tinh");
    if (!isBlank(g)) {
      const p = parseGender(g);
      if (p === null)
        errors.push({
          cell: a1(r, cols.gioi_tinh!),
          message: `${a1(r, cols.gioi_tinh!)}: giới tính “${cellText(g)}” không rõ — nhập “Nam” hoặc “Nữ”.`,
        });
      else gioiTinh = p === "F" ? "Nữ" : "Nam";
    }
    let loai: Official["loai"];
    const k = get(r, "loai");
    if (!isBlank(k)) {
      const p = parseKind(k);
      if (p.kind !== "value")
        errors.push({
          cell: a1(r, cols.loai!),
          message: `${a1(r, cols.loai!)}: loại đối tượng “${cellText(k)}” không rõ — nhập “Cá nhân” hoặc “Tập thể”.`,
        });
      else loai = p.value === "collective" ? "Tập thể" : "Cá nhân";
    }
    officials.push(OfficialSchema.parse({ name, chucVu: cellText(get(r, "chuc_vu")), linhVuc: cellText(get(r, "linh_vuc")), gioiTinh, loai }));
  }
  if (errors.length) return { ok: false, errors, sheet: sheet.name };
  if (officials.length === 0) {
    return {
      ok: false,
      sheet: sheet.name,
      errors: [{ cell: a1(hr, cols.ho_ten!), message: `Trang "${sheet.name}": không có ai trong danh sách dưới dòng tiêu đề ${hr}.` }],
    };
  }
  return { ok: true, officials, headerRow: hr, sheet: sheet.name };
}
