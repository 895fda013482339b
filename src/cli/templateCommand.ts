// Orchestration of `npm run template`: catalog and officials in, the new tracking workbook out, a short summary.
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_CATALOG } from "../core/catalog";
import { buildTemplateBook, readOfficialsFile } from "../xlsx/template";
import { CliError } from "./args";
import { loadCatalogFile, writeOut } from "./files";

export interface TemplateCommand {
  out: string;
  officials?: string;
  officialsSheet?: string;
  /** Name of the tracking sheet to create. */
  sheet?: string;
  blankRows?: number;
  /** Catalog: a .json file, or an .xlsx whose "Tiêu chí" sheet holds it. */
  catalogFile?: string;
  force?: boolean;
}

/** Make the workbook; returns the lines to print. Never overwrites an existing file unless asked to. */
export async function templateFile(cmd: TemplateCommand): Promise<{ lines: string[]; sheets: string[] }> {
  if (!/\.xlsx$/i.test(cmd.out)) throw new CliError(`Tệp kết quả phải có đuôi .xlsx (nhận được: ${cmd.out}).`);
  if (fs.existsSync(cmd.out) && !cmd.force)
    throw new CliError(`Tệp "${cmd.out}" đã có; không ghi đè để khỏi mất số liệu. Chọn tên khác hoặc thêm --force.`);
  if (cmd.sheet !== undefined && (!cmd.sheet.trim() || cmd.sheet.length > 31 || /[\\/?*[\]:]/.test(cmd.sheet))) {
    throw new CliError(`Tên trang "${cmd.sheet}" không dùng được: tối đa 31 ký tự, không có các ký tự \\ / ? * [ ] :`);
  }
  const catalog = cmd.catalogFile ? await loadCatalogFile(cmd.catalogFile) : DEFAULT_CATALOG;
  let officials;
  if (cmd.officials) {
    if (!fs.existsSync(cmd.officials)) throw new CliError(`Không tìm thấy danh sách cán bộ "${cmd.officials}".`);
    let r;
    try {
      r = await readOfficialsFile(cmd.officials, catalog, cmd.officialsSheet);
    } catch (e) {
      throw new CliError(`Không đọc được tệp "${cmd.officials}" (cần tệp Excel .xlsx): ${(e as Error).message}`);
    }
    if (!r.ok) {
      const where = r.sheet ? `Tệp "${cmd.officials}", trang "${r.sheet}"` : `Tệp "${cmd.officials}"`;
      throw new CliError(`${where} có lỗi:\n- ${r.errors.map((e) => e.message).join("\n- ")}`);
    }
    officials = r.officials;
  }
  const { workbook, plan, sheets } = await buildTemplateBook(catalog, { officials, blankRows: cmd.blankRows, sheetName: cmd.sheet });
  fs.mkdirSync(path.dirname(path.resolve(cmd.out)), { recursive: true });
  await writeOut(cmd.out, () => workbook.xlsx.writeFile(cmd.out));
  const people = plan.rowsOf.length;
  const blank = plan.lastDataRow - plan.firstDataRow + 1 - people;
  const lines = [
    `Đã tạo bảng theo dõi: ${cmd.out}`,
    `  Trang “${sheets[0]}”: ${people ? `${people} người (dòng ${plan.firstDataRow}–${plan.firstDataRow + people - 1}), ` : ""}${blank} dòng trống, ${plan.inputColumns.length} cột nhập liệu, ${plan.validations.length} quy tắc kiểm tra khi nhập.`,
    `  Trang “${sheets[1]}”: hướng dẫn cho từng cột; trang “${sheets[2]}”: ${catalog.criteria.length} tiêu chí của Kế hoạch số ${catalog.plan.number}, chỉnh sửa được.`,
    `  Trang theo dõi được khóa một phần, không có mật khẩu: chỉ các ô nhập liệu mở để nhập.`,
  ];
  return { lines, sheets };
}
