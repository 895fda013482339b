// The plain Vietnamese explanation of a layout failure (no sheet, no recognisable header, no room for the results),
// shared by the shells.
import { Catalog } from "../catalog";
import { LayoutFailure, OUTPUT_WIDTH } from "./layout";

export function describeFailure(f: LayoutFailure, catalog: Catalog): string {
  const label = (id: string) => catalog.fields.find((x) => x.id === id)?.header ?? id;
  if (f.code === "E_NO_SHEET") return `Không có trang tính "${f.sheet}". Các trang có trong tệp: ${f.sheets.join(", ")}.`;
  if (f.code === "E_NO_ROOM")
    return (
      `Trang "${f.sheet}": không còn chỗ bên phải bảng để ghi kết quả chấm điểm (${OUTPUT_WIDTH} cột) — bảng tính chỉ có đến cột XFD. ` +
      `Có ô nằm lạc ở tận cuối bên phải các dòng của bảng: hãy chuyển các ô đó đi chỗ khác (hoặc xóa nếu không cần), hoặc chọn trang khác, rồi chấm lại. Chưa ghi gì vào tệp.`
    );
  const lines = [`Không nhận ra bảng theo dõi${f.sheet ? ` trên trang "${f.sheet}"` : ""}: dòng tiêu đề thiếu các cột cần thiết.`];
  lines.push(`Đã nhận ra: ${f.found.length ? f.found.map(label).join("; ") : "(không cột nào)"}.`);
  lines.push(`Còn thiếu: ${f.missing.map(label).join("; ")}.`);
  lines.push(`Cần ít nhất cột "Họ và tên" và một cột tiêu chí (ví dụ "TC05. Số hồ sơ đã giải quyết").`);
  return lines.join("\n");
}
