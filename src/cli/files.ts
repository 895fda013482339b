// Files the command line reads: workbooks (as packages, src/xlsx) and criteria catalogs (.json, or a workbook's "Tiêu chí" sheet),
// each failure turned into a CliError with a Vietnamese message naming the file (and the cell).
import fs from "node:fs";
import { Catalog, DEFAULT_CATALOG, parseCatalog } from "../core/catalog";
import { catalogFromSheet, findCatalogSheet } from "../core/officials/catalogSheet";
import { WorkbookSnapshot } from "../core/read/snapshot";
import { Package, PackageError } from "../xlsx/package";
import { PackageBook, readWorkbookBytes } from "../xlsx/readPackage";
import { CliError } from "./args";

/** A workbook file opened as a package and read into a snapshot; a file that is not one is a CliError naming it. */
export async function loadWorkbook(file: string): Promise<PackageBook & { pkg: Package }> {
  if (!fs.existsSync(file)) throw new CliError(`Không tìm thấy tệp "${file}".`);
  try {
    return readWorkbookBytes(fs.readFileSync(file));
  } catch (e) {
    if (e instanceof PackageError) throw new CliError(`Không đọc được tệp "${file}": ${e.message.charAt(0).toLowerCase()}${e.message.slice(1)}.`);
    if ((e as NodeJS.ErrnoException).code) throw new CliError(`Không đọc được tệp "${file}" (tệp có đang bị khóa hoặc không có quyền đọc?).`);
    throw e;
  }
}

/** The catalog a workbook carries in its "Tiêu chí" sheet, or `fallback` when it has none. */
export function workbookCatalog(book: WorkbookSnapshot, file: string, fallback: Catalog | null = DEFAULT_CATALOG): Catalog {
  const sheet = findCatalogSheet(book);
  if (!sheet) {
    if (fallback) return fallback;
    throw new CliError(`Tệp "${file}" không có trang “Tiêu chí” do Thi đua CCHC lập.`);
  }
  const r = catalogFromSheet(sheet, DEFAULT_CATALOG);
  if (!r.ok) throw new CliError(`Trang "${sheet.name}" của tệp "${file}" có lỗi:\n- ${r.errors.map((e) => e.message).join("\n- ")}`);
  return r.catalog;
}

/** A catalog from `--catalog`: a .json file or an .xlsx/.xlsm whose "Tiêu chí" sheet holds it. */
export async function loadCatalogFile(file: string): Promise<Catalog> {
  if (!fs.existsSync(file)) throw new CliError(`Không tìm thấy bộ tiêu chí "${file}".`);
  if (/\.xls[xm]$/i.test(file)) return workbookCatalog((await loadWorkbook(file)).book, file, null);
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new CliError(`Không đọc được bộ tiêu chí "${file}": ${(e as Error).message}`);
  }
  const r = parseCatalog(data);
  if (!r.ok) throw new CliError(`Bộ tiêu chí "${file}" có lỗi:\n- ${r.errors.join("\n- ")}`);
  return r.catalog;
}

/** Write a file; a failure (folder missing, file open in Excel, no permission) becomes a message naming it. */
export async function writeOut(file: string, write: () => Promise<unknown> | unknown): Promise<void> {
  try {
    await write();
  } catch (e) {
    throw new CliError(`Không ghi được tệp "${file}" (thư mục có tồn tại không, tệp có đang mở trong Excel không?): ${(e as Error).message}`);
  }
}
