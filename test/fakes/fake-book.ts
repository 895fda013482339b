// The fake workbook as a whole: its sheets, settings, active sheet and selection, plus the inspection and
// "another user did this" helpers tests use (cell, dump, insertRows, swapRows).
import { Area, areaA1, parseArea } from "./fake-address";
import {
  Cell,
  CellFormat,
  OfficeError,
  Scalar,
  SheetModel,
  getCell,
  newSheet,
  readNumberFormat,
  readType,
  readValue,
  shiftColumns,
  shiftRows,
  swapRows,
  usedArea,
} from "./fake-model";

export interface CellView {
  value: Scalar;
  formula?: string;
  numberFormat: string;
  type: string;
  format?: CellFormat;
}

const INVALID_NAME = /[[\]:*?/\\]/;

export class FakeBook {
  sheets: SheetModel[] = [];
  settings = new Map<string, unknown>();
  activeId = "";
  selection: { sheet: string; address: string } | null = null;
  private seq = 0;

  newId(prefix: string): string {
    this.seq += 1;
    return `{${prefix}-${this.seq}}`;
  }

  find(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }
  sheet(name: string): SheetModel {
    const s = this.find(name);
    if (!s) throw new OfficeError("ItemNotFound", `The requested resource doesn't exist: sheet "${name}".`);
    return s;
  }
  private checkName(name: string, except?: SheetModel): void {
    if (!name || name.length > 31 || INVALID_NAME.test(name) || name.startsWith("'") || name.endsWith("'"))
      throw new OfficeError("InvalidArgument", `Invalid sheet name "${name}".`);
    const other = this.find(name);
    if (other && other !== except) throw new OfficeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
  }
  addSheet(name?: string): SheetModel {
    let n = name;
    if (n === undefined) for (let i = this.sheets.length + 1; !n || this.find(n); i++) n = `Sheet${i}`;
    this.checkName(n);
    const s = newSheet(this.newId("sheet"), n);
    this.sheets.push(s);
    if (!this.activeId) this.activeId = s.id;
    return s;
  }
  renameSheet(s: SheetModel, name: string): void {
    this.checkName(name, s);
    s.name = name;
  }
  deleteSheet(s: SheetModel): void {
    if (!this.sheets.includes(s)) throw new OfficeError("ItemNotFound", "The sheet no longer exists.");
    if (this.sheets.length === 1) throw new OfficeError("InvalidOperation", "A workbook must keep at least one sheet.");
    this.sheets = this.sheets.filter((x) => x !== s);
    if (this.activeId === s.id) this.activeId = this.sheets[0].id;
  }
  /** Move a sheet to a 0-based tab position, as `worksheet.position = n` does (n within the tabs, else an error). */
  moveSheet(s: SheetModel, position: number): void {
    if (!this.sheets.includes(s)) throw new OfficeError("ItemNotFound", "The sheet no longer exists.");
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length)
      throw new OfficeError("InvalidArgument", `The position ${position} is outside the workbook's ${this.sheets.length} sheets.`);
    this.sheets = this.sheets.filter((x) => x !== s);
    this.sheets.splice(position, 0, s);
  }
  get activeSheet(): string {
    return this.sheets.find((s) => s.id === this.activeId)?.name ?? "";
  }
  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** What a cell holds, e.g. cell("Theo dõi", "AH5"). */
  cell(sheet: string, address: string): CellView {
    const { area } = parseArea(address);
    const c = getCell(this.sheet(sheet), area.top, area.left);
    return {
      value: readValue(c),
      ...(c?.formula ? { formula: c.formula } : {}),
      numberFormat: readNumberFormat(c),
      type: readType(c),
      ...(c?.format ? { format: c.format } : {}),
    };
  }
  /** The values of an area (the used range by default), as Office's `values` gives them. */
  values(sheet: string, address?: string): Scalar[][] {
    const s = this.sheet(sheet);
    const area: Area | null = address ? parseArea(address).area : usedArea(s, true);
    if (!area) return [];
    const out: Scalar[][] = [];
    for (let r = area.top; r <= area.bottom; r++) {
      const row: Scalar[] = [];
      for (let c = area.left; c <= area.right; c++) row.push(readValue(getCell(s, r, c)));
      out.push(row);
    }
    return out;
  }
  /** Every formula on a sheet: address → formula. */
  formulas(sheet: string): Record<string, string> {
    const out: Record<string, string> = {};
    this.sheet(sheet).rows.forEach((row, r) =>
      row?.forEach((c, k) => c?.formula && (out[areaA1({ top: r + 1, left: k + 1, bottom: r + 1, right: k + 1 })] = c.formula)),
    );
    return out;
  }
  insertRows(sheet: string, at: number, count = 1): void {
    shiftRows(this.sheet(sheet), at, count);
  }
  deleteRows(sheet: string, at: number, count = 1): void {
    shiftRows(this.sheet(sheet), at, -count);
  }
  insertColumns(sheet: string, at: number, count = 1): void {
    shiftColumns(this.sheet(sheet), at, count);
  }
  swapRows(sheet: string, a: number, b: number): void {
    swapRows(this.sheet(sheet), a, b);
  }

  /** The whole state without ids, for "re-running gives the same workbook" checks. */
  dump(): unknown {
    const cellDump = (c: Cell) => ({
      v: c.value,
      ...(c.formula ? { f: c.formula } : {}),
      ...(c.numberFormat ? { nf: c.numberFormat } : {}),
      ...(c.format ? { fmt: c.format } : {}),
    });
    return {
      sheets: this.sheets.map((s) => {
        const cells: Record<string, unknown> = {};
        s.rows.forEach((row, r) =>
          row?.forEach((c, k) => {
            if (c && (c.value !== null || c.formula || c.numberFormat || c.format))
              cells[areaA1({ top: r + 1, left: k + 1, bottom: r + 1, right: k + 1 })] = cellDump(c);
          }),
        );
        return {
          name: s.name,
          cells,
          merges: s.merges.map(areaA1).sort(),
          cfs: s.cfs.map((cf) => ({ type: cf.type, areas: cf.areas.map(areaA1), formula: cf.formula, fill: cf.fill })),
          charts: s.charts.map(({ id: _id, ...rest }) => rest),
          colWidths: [...s.colWidths.entries()].sort((a, b) => a[0] - b[0]),
          rowHeights: [...s.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
          page: s.page,
        };
      }),
      settings: [...this.settings.entries()],
    };
  }
}
