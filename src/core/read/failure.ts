// The plain Vietnamese explanation of a layout failure (no sheet, no recognisable header), shared by the shells.
import { Catalog } from "../catalog";
import { LayoutFailure } from "./layout";

export function describeFailure(f: LayoutFailure, catalog: Catalog): string {
  const label = (id: string) => catalog.fields.find((x) => x.id === id)?.header ?? id;
  if (f.code === "E_NO_SHEET") return `Không có trang tính "${f.sheet}". Các trang có trong tệp: ${f.sheets.join(", ")}.`;
  const lines = [`Không nhận ra bảng theo dõi${f.sheet ? ` trên trang "${f.sheet}"` : ""}: dòng tiêu đề thiếu các cột cần thiết.`];
  lines.push(`Đã nhận ra: ${f.found.length ? f.found.map(label).join("; ") : "(không cột nào)"}.`);
  lines.push(`Còn thiếu: ${f.missing.map(label).join("; ")}.`);
  lines.push(`Cần ít nhất cột "Họ và tên" và một cột tiêu chí (ví dụ "TC05. Số hồ sơ đã giải quyết").`);
  return lines.join("\n");
}
