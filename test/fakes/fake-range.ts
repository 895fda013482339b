// Fake Range and RangeAreas with their format (fill, font, borders, alignment, widths) and conditional formats:
// the parts of the Excel API that read and write cells, and a range's own used range (ExcelApi 1.4).
import { Area, areaA1, cellCount, contains, qualified } from "./fake-address";
import { ConditionalFormatCollectionProxy } from "./fake-cf";
import { FakeProxy, FakeRequestContext } from "./fake-context";
import {
  CellFormat,
  OfficeError,
  SheetModel,
  ensureCell,
  getCell,
  merge,
  readFormula,
  readNumberFormat,
  readType,
  readValue,
  setFormat,
  unmerge,
  usedArea,
  writeCell,
} from "./fake-model";

export interface Cells {
  sheet: SheetModel;
  areas: Area[];
}
const READ_CELL_LIMIT = 5_000_000;

function grid<T>(s: SheetModel, a: Area, read: (c: ReturnType<typeof getCell>) => T): T[][] {
  if (cellCount(a) > READ_CELL_LIMIT) throw new OfficeError("InvalidOperation", "The range is too large to read (over 5,000,000 cells).");
  const out: T[][] = [];
  for (let r = a.top; r <= a.bottom; r++) {
    const row: T[] = [];
    for (let c = a.left; c <= a.right; c++) row.push(read(getCell(s, r, c)));
    out.push(row);
  }
  return out;
}

function checkShape(a: Area, v: unknown): unknown[][] {
  const rows = a.bottom - a.top + 1;
  const cols = a.right - a.left + 1;
  if (!Array.isArray(v) || v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw new OfficeError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  }
  return v as unknown[][];
}

export class RangeProxy extends FakeProxy {
  private _format?: RangeFormatProxy;
  private _cfs?: ConditionalFormatCollectionProxy;
  constructor(ctx: FakeRequestContext, resolve: () => { sheet: SheetModel; area: Area } | null, nullable = false) {
    super(ctx, resolve, true, nullable);
  }
  private cells = (): Cells => {
    const e = this._e<{ sheet: SheetModel; area: Area }>();
    return { sheet: e.sheet, areas: [e.area] };
  };
  protected _scalar(name: string, raw: unknown): unknown {
    const { sheet: s, area: a } = raw as { sheet: SheetModel; area: Area };
    switch (name) {
      case "address":
      case "addressLocal":
        return qualified(s.name, a);
      case "rowIndex":
        return a.top - 1;
      case "columnIndex":
        return a.left - 1;
      case "rowCount":
        return a.bottom - a.top + 1;
      case "columnCount":
        return a.right - a.left + 1;
      case "cellCount":
        return cellCount(a);
      case "values":
        return grid(s, a, readValue);
      case "valueTypes":
        return grid(s, a, readType);
      case "formulas":
        return grid(s, a, readFormula);
      case "numberFormat":
        return grid(s, a, readNumberFormat);
      case "text":
        return grid(s, a, (c) => String(readValue(c)));
    }
    return super._scalar(name, raw);
  }
  protected _defaults(): string[] {
    return ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values", "valueTypes", "formulas", "numberFormat"];
  }
  protected _nav(name: string): FakeProxy | undefined {
    return name === "format" ? this.format : name === "conditionalFormats" ? this.conditionalFormats : undefined;
  }

  get address(): string {
    return this._read("address");
  }
  get rowIndex(): number {
    return this._read("rowIndex");
  }
  get columnIndex(): number {
    return this._read("columnIndex");
  }
  get rowCount(): number {
    return this._read("rowCount");
  }
  get columnCount(): number {
    return this._read("columnCount");
  }
  get valueTypes(): string[][] {
    return this._read("valueTypes");
  }
  get text(): string[][] {
    return this._read("text");
  }
  get values(): unknown[][] {
    return this._read("values");
  }
  set values(v: unknown[][]) {
    this._act<{ sheet: SheetModel; area: Area }>("set:values", v, ({ sheet, area }) =>
      checkShape(area, v).forEach((row, i) => row.forEach((x, j) => writeCell(sheet, area.top + i, area.left + j, x))),
    );
  }
  get formulas(): unknown[][] {
    return this._read("formulas");
  }
  set formulas(v: unknown[][]) {
    this._act<{ sheet: SheetModel; area: Area }>("set:formulas", v, ({ sheet, area }) =>
      checkShape(area, v).forEach((row, i) => row.forEach((x, j) => writeCell(sheet, area.top + i, area.left + j, x))),
    );
  }
  get numberFormat(): string[][] {
    return this._read("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this._act<{ sheet: SheetModel; area: Area }>("set:numberFormat", v, ({ sheet, area }) =>
      checkShape(area, v).forEach((row, i) =>
        row.forEach((x, j) => {
          if (x === null || x === undefined) return;
          const cell = ensureCell(sheet, area.top + i, area.left + j);
          if (x === "General") delete cell.numberFormat;
          else cell.numberFormat = String(x);
        }),
      ),
    );
  }
  get format(): RangeFormatProxy {
    return (this._format ??= new RangeFormatProxy(this.context, this.cells));
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return (this._cfs ??= new ConditionalFormatCollectionProxy(this.context, this.cells));
  }
  merge(across = false): void {
    this._act<{ sheet: SheetModel; area: Area }>("merge", across, ({ sheet, area }) => merge(sheet, area, across));
  }
  unmerge(): void {
    this._act<{ sheet: SheetModel; area: Area }>("unmerge", null, ({ sheet, area }) => unmerge(sheet, area));
  }
  select(): void {
    this._act<{ sheet: SheetModel; area: Area }>("select", null, ({ sheet, area }) => {
      const book = this.context._rt.book;
      if (book.activeId !== sheet.id) throw new OfficeError("InvalidOperation", "Select works on the active sheet only: activate it first.");
      book.selection = { sheet: sheet.name, address: areaA1(area) };
    });
  }
  /** The used range within this range (ExcelApi 1.4): the bounding box of its cells with a value; null when none. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const { sheet, area } = this._e<{ sheet: SheetModel; area: Area }>();
        const used = usedArea(sheet, valuesOnly, area);
        return used ? { sheet, area: used } : null;
      },
      true,
    );
  }
  /** Merged areas whose top-left cell is in this range (Office: at most 512, else it fails). */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(
      this.context,
      () => {
        const { sheet, area } = this._e<{ sheet: SheetModel; area: Area }>();
        const found = sheet.merges.filter((m) => contains(area, m.top, m.left));
        if (found.length > 512) throw new OfficeError("GeneralException", "More than 512 merged areas in the range.");
        return found.length ? { sheet, areas: found.map((m) => ({ ...m })) } : null;
      },
      true,
    );
  }
}

export class RangeAreasProxy extends FakeProxy {
  private _format?: RangeFormatProxy;
  private _cfs?: ConditionalFormatCollectionProxy;
  constructor(ctx: FakeRequestContext, resolve: () => Cells | null, nullable = false) {
    super(ctx, resolve, true, nullable);
  }
  protected _scalar(name: string, raw: unknown): unknown {
    const { sheet, areas } = raw as Cells;
    if (name === "address" || name === "addressLocal") return areas.map((a) => qualified(sheet.name, a)).join(", ");
    if (name === "areaCount") return areas.length;
    if (name === "cellCount") return areas.reduce((n, a) => n + cellCount(a), 0);
    return super._scalar(name, raw);
  }
  protected _defaults(): string[] {
    return ["address", "areaCount"];
  }
  protected _nav(name: string): FakeProxy | undefined {
    return name === "format" ? this.format : name === "conditionalFormats" ? this.conditionalFormats : undefined;
  }
  get address(): string {
    return this._read("address");
  }
  get areaCount(): number {
    return this._read("areaCount");
  }
  get format(): RangeFormatProxy {
    return (this._format ??= new RangeFormatProxy(this.context, () => this._e<Cells>()));
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return (this._cfs ??= new ConditionalFormatCollectionProxy(this.context, () => this._e<Cells>()));
  }
}

/** What Office reports for a cell with no format of its own. */
const FORMAT_DEFAULTS: Partial<Record<keyof CellFormat, unknown>> = {
  fill: "#FFFFFF",
  fontName: "Calibri",
  fontSize: 11,
  bold: false,
  italic: false,
  underline: "None",
  fontColor: "#000000",
  hAlign: "General",
  vAlign: "Bottom",
  wrap: false,
};

/** One format property over every cell of the areas: uniform value, or null when the cells differ. */
function uniform(cells: Cells, key: keyof CellFormat): unknown {
  const get = (f: CellFormat | undefined) => f?.[key] ?? FORMAT_DEFAULTS[key];
  const seen = new Set<string>();
  let first: unknown = null;
  for (const a of cells.areas) {
    for (let r = a.top; r <= Math.min(a.bottom, a.top + 999); r++) {
      for (let c = a.left; c <= Math.min(a.right, a.left + 255); c++) {
        const v = get(getCell(cells.sheet, r, c)?.format) ?? null;
        if (seen.size === 0) first = v;
        seen.add(JSON.stringify(v));
      }
    }
  }
  return seen.size === 1 ? first : null;
}

/** A group of format properties (fill, font, border, the alignment on the format itself). */
class FormatPart extends FakeProxy {
  constructor(
    ctx: FakeRequestContext,
    protected cells: () => Cells,
    private props: Record<string, keyof CellFormat | ((f: CellFormat, v: unknown) => void)>,
  ) {
    super(ctx, cells);
  }
  protected _scalar(name: string, raw: unknown): unknown {
    const p = this.props[name];
    if (typeof p === "string") return uniform(raw as Cells, p);
    return super._scalar(name, raw);
  }
  protected _defaults(): string[] {
    return Object.keys(this.props).filter((k) => typeof this.props[k] === "string");
  }
  protected _setProp(name: string, v: unknown): void {
    const p = this.props[name];
    this._act<Cells>(`set:${name}`, v, ({ sheet, areas }) =>
      setFormat(sheet, areas, (f) => (typeof p === "function" ? p(f, v) : ((f as Record<string, unknown>)[p] = v))),
    );
  }
}

export class FillProxy extends FormatPart {
  get color(): string {
    return this._read("color");
  }
  set color(v: string) {
    this._setProp("color", v);
  }
  clear(): void {
    this._act<Cells>("fill.clear", null, ({ sheet, areas }) => setFormat(sheet, areas, (f) => delete f.fill));
  }
}

export class FontProxy extends FormatPart {
  get name(): string {
    return this._read("name");
  }
  set name(v: string) {
    this._setProp("name", v);
  }
  get size(): number {
    return this._read("size");
  }
  set size(v: number) {
    this._setProp("size", v);
  }
  get bold(): boolean {
    return this._read("bold");
  }
  set bold(v: boolean) {
    this._setProp("bold", v);
  }
  get italic(): boolean {
    return this._read("italic");
  }
  set italic(v: boolean) {
    this._setProp("italic", v);
  }
  get underline(): string {
    return this._read("underline");
  }
  set underline(v: string) {
    if (!["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"].includes(v))
      throw new OfficeError("InvalidArgument", `"${v}" is not an underline style.`);
    this._setProp("underline", v);
  }
  get color(): string {
    return this._read("color");
  }
  set color(v: string) {
    this._setProp("color", v);
  }
}

export class BorderProxy extends FormatPart {
  set style(v: string) {
    this._setProp("style", v);
  }
  set weight(v: string) {
    this._setProp("weight", v);
  }
  set color(v: string) {
    this._setProp("color", v);
  }
}

export class BordersProxy extends FakeProxy {
  constructor(
    ctx: FakeRequestContext,
    private cells: () => Cells,
  ) {
    super(ctx, cells);
  }
  getItem(edge: string): BorderProxy {
    const set = (key: string) => (f: CellFormat, v: unknown) => {
      f.borders = { ...f.borders, [`${edge}${key}`]: String(v) };
    };
    return new BorderProxy(this.context, this.cells, { style: set(""), weight: set(".weight"), color: set(".color") });
  }
}

export class RangeFormatProxy extends FormatPart {
  private parts: Record<string, FakeProxy> = {};
  constructor(ctx: FakeRequestContext, cells: () => Cells) {
    super(ctx, cells, {
      horizontalAlignment: "hAlign",
      verticalAlignment: "vAlign",
      wrapText: "wrap",
      columnWidth: () => undefined,
      rowHeight: () => undefined,
    });
  }
  protected _scalar(name: string, raw: unknown): unknown {
    if (name === "rowHeight") {
      const { sheet, areas } = raw as Cells;
      const heights = new Set<number>();
      for (let r = areas[0].top; r <= Math.min(areas[0].bottom, areas[0].top + 999); r++) heights.add(sheet.rowHeights.get(r) ?? 15);
      return heights.size === 1 ? [...heights][0] : null;
    }
    if (name === "columnWidth") {
      const { sheet, areas } = raw as Cells;
      const widths = new Set<number | undefined>();
      for (let c = areas[0].left; c <= Math.min(areas[0].right, areas[0].left + 255); c++) widths.add(sheet.colWidths.get(c));
      return widths.size === 1 ? ([...widths][0] ?? 48) : null;
    }
    return super._scalar(name, raw);
  }
  protected _nav(name: string): FakeProxy | undefined {
    return name === "fill" ? this.fill : name === "font" ? this.font : undefined;
  }
  get horizontalAlignment(): string {
    return this._read("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this._setProp("horizontalAlignment", v);
  }
  get verticalAlignment(): string {
    return this._read("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this._setProp("verticalAlignment", v);
  }
  get wrapText(): boolean {
    return this._read("wrapText");
  }
  set wrapText(v: boolean) {
    this._setProp("wrapText", v);
  }
  get columnWidth(): number {
    return this._read("columnWidth");
  }
  set columnWidth(v: number) {
    this._act<Cells>("set:columnWidth", v, ({ sheet, areas }) =>
      areas.forEach((a) => {
        for (let c = a.left; c <= a.right; c++) sheet.colWidths.set(c, v);
      }),
    );
  }
  get rowHeight(): number {
    return this._read("rowHeight");
  }
  /** Heights of whole rows in points (Excel takes 0–409). */
  set rowHeight(v: number) {
    this._act<Cells>("set:rowHeight", v, ({ sheet, areas }) => {
      if (!(v >= 0 && v <= 409)) throw new OfficeError("InvalidArgument", `A row height of ${v} points is outside 0–409.`);
      for (const a of areas) for (let r = a.top; r <= a.bottom; r++) sheet.rowHeights.set(r, v);
    });
  }
  get fill(): FillProxy {
    return (this.parts.fill ??= new FillProxy(this.context, this.cells, { color: "fill" })) as FillProxy;
  }
  get font(): FontProxy {
    return (this.parts.font ??= new FontProxy(this.context, this.cells, {
      name: "fontName",
      size: "fontSize",
      bold: "bold",
      italic: "italic",
      underline: "underline",
      color: "fontColor",
    })) as FontProxy;
  }
  get borders(): BordersProxy {
    return (this.parts.borders ??= new BordersProxy(this.context, this.cells)) as BordersProxy;
  }
  autofitRows(): void {
    this._act<Cells>("autofitRows", null, () => undefined);
  }
  autofitColumns(): void {
    this._act<Cells>("autofitColumns", null, () => undefined);
  }
}
