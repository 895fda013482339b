// Deterministic generated tracking sheets for the benchmark: n rows × the full catalog, canonical flat header.
import { Catalog, DEFAULT_CATALOG } from "../src/core/catalog";
import { CellValue, SheetSnapshot } from "../src/core/read/snapshot";
import { rng } from "../scripts/rng";

const SECTORS = [
  "Văn phòng - thống kê",
  "Tư pháp - hộ tịch",
  "Địa chính - xây dựng",
  "Tài chính - kế toán",
  "Văn hóa - xã hội",
  "Quân sự",
  "Đoàn thể",
];
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
const GIVEN = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Giang",
  "Hà",
  "Hải",
  "Hạnh",
  "Hương",
  "Lan",
  "Linh",
  "Mai",
  "Nam",
  "Phong",
  "Sơn",
  "Tâm",
  "Thảo",
  "Trang",
  "Tuấn",
  "Yến",
];

/** A title row, a blank row, the canonical header on row 3 and n data rows. */
export function generateSheet(n: number, catalog: Catalog = DEFAULT_CATALOG, seed = 12): SheetSnapshot {
  const rand = rng(seed);
  const fields = catalog.fields.map((f) => f.id);
  const values: CellValue[][] = [["BẢNG THEO DÕI"], [], catalog.fields.map((f) => f.header)];
  const pick = <T>(a: T[]) => a[Math.floor(rand() * a.length)];
  for (let i = 0; i < n; i++) {
    const row: CellValue[] = new Array(fields.length).fill(null);
    const set = (id: string, v: CellValue) => (row[fields.indexOf(id)] = v);
    set("stt", i + 1);
    set("ho_ten", `${pick(FAMILY)} Văn ${pick(GIVEN)} ${i}`);
    set("chuc_vu", "Công chức");
    set("linh_vuc", pick(SECTORS));
    set("gioi_tinh", rand() < 0.5 ? "Nam" : "Nữ");
    // which fields this official has figures for (a shared denominator, TC06/TC07, is decided once)
    const skip = new Map<string, boolean>();
    for (const c of catalog.criteria) {
      const key = c.denominator ?? c.field ?? c.code;
      if (!skip.has(key)) skip.set(key, rand() < 0.3);
      if (skip.get(key)) continue;
      if (c.type === "yesno") set(c.field!, rand() < 0.85 ? "Đạt" : "Không đạt");
      else if (c.type === "ratio") {
        // a denominator shared with an earlier criterion (TC06/TC07) keeps its figure
        const shared = row[fields.indexOf(c.denominator!)];
        const d = typeof shared === "number" ? shared : 10 + Math.floor(rand() * 900);
        const r = rand();
        set(c.denominator!, r < 0.004 ? "12,000" : d);
        set(c.numerator!, r < 0.7 ? d : r < 0.996 ? d - 1 - Math.floor(rand() * 9) : d + 3);
      }
    }
    if (rand() < 0.05) set("bi_phan_anh", "Có");
    if (rand() < 0.2) set("sang_kien", 1 + Math.floor(rand() * 3));
    values.push(row);
  }
  return { name: "Theo dõi", values, merges: [{ top: 1, left: 1, bottom: 1, right: 10 }] };
}
