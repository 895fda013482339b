// Fake charts (ExcelApi 1.7 series: add, setValues, setXAxisValues) and page layout (ExcelApi 1.9) of a worksheet:
// what was made is recorded on the sheet model for tests to inspect.
import { Area, areaA1 } from "./fake-address";
import { FakeCollection, FakeProxy, FakeRequestContext } from "./fake-context";
import { ChartModel, OfficeError, SeriesModel, SheetModel, areaOn } from "./fake-model";
import type { RangeProxy } from "./fake-range";

type ChartRef = { sheet: SheetModel; chart: ChartModel };

export class ChartCollectionProxy extends FakeCollection<ChartProxy> {
  protected _list(e: unknown): unknown[] {
    const s = e as SheetModel;
    return s.charts.map((chart) => ({ sheet: s, chart }));
  }
  protected _item(x: unknown): ChartProxy {
    return new ChartProxy(this.context, () => x as ChartRef, false);
  }
  protected _scalar(name: string, raw: unknown): unknown {
    return name === "count" ? (raw as SheetModel).charts.length : super._scalar(name, raw);
  }
  get count(): number {
    return this._read("count");
  }
  /** A chart from a source range: one series per column (or per row with seriesBy "Rows"). */
  add(type: string, source: RangeProxy, seriesBy = "Auto"): ChartProxy {
    return new ChartProxy(
      this.context,
      () => {
        const sheet = this._e<SheetModel>();
        const src = source._e<{ sheet: SheetModel; area: Area }>();
        const byRows = seriesBy === "Rows";
        const n = byRows ? src.area.bottom - src.area.top + 1 : src.area.right - src.area.left + 1;
        const series: SeriesModel[] = Array.from({ length: n }, (_, i) => ({
          name: `Series${i + 1}`,
          values: areaA1(
            byRows
              ? { ...src.area, top: src.area.top + i, bottom: src.area.top + i }
              : { ...src.area, left: src.area.left + i, right: src.area.left + i },
          ),
        }));
        const chart: ChartModel = {
          id: this.context._rt.book.newId("chart"),
          name: `Chart ${sheet.charts.length + 1}`,
          type,
          source: areaA1(src.area),
          seriesBy,
          series,
        };
        sheet.charts.push(chart);
        return { sheet, chart };
      },
      true,
    );
  }
}

class ChartPart extends FakeProxy {
  constructor(
    ctx: FakeRequestContext,
    ref: () => ChartRef,
    private key: "title" | "legend",
  ) {
    super(ctx, ref);
  }
  set text(v: string) {
    this._act<ChartRef>("set:text", v, ({ chart }) => (chart[this.key] = v));
  }
  set position(v: string) {
    this._act<ChartRef>("set:position", v, ({ chart }) => (chart[this.key] = v));
  }
  set visible(v: boolean) {
    this._act<ChartRef>("set:visible", v, () => undefined);
  }
}

export class ChartProxy extends FakeProxy {
  readonly title = new ChartPart(this.context, () => this._e<ChartRef>(), "title");
  readonly legend = new ChartPart(this.context, () => this._e<ChartRef>(), "legend");
  readonly series = new SeriesCollectionProxy(this.context, () => this._e<ChartRef>());
  protected _scalar(name: string, raw: unknown): unknown {
    const { chart } = raw as ChartRef;
    if (name === "name") return chart.name;
    if (name === "chartType") return chart.type;
    return super._scalar(name, raw);
  }
  get name(): string {
    return this._read("name");
  }
  set name(v: string) {
    this._act<ChartRef>("set:name", v, ({ chart }) => (chart.name = v));
  }
  set width(v: number) {
    this._act<ChartRef>("set:width", v, () => undefined);
  }
  set height(v: number) {
    this._act<ChartRef>("set:height", v, () => undefined);
  }
  setPosition(start: string, end?: string): void {
    this._act<ChartRef>("setPosition", [start, end], ({ sheet, chart }) => {
      areaOn(sheet, start);
      if (end) areaOn(sheet, end);
      chart.position = { start, ...(end ? { end } : {}) };
    });
  }
  delete(): void {
    this._act<ChartRef>("delete", null, ({ sheet, chart }) => (sheet.charts = sheet.charts.filter((c) => c !== chart)));
  }
}

type SeriesRef = ChartRef & { series: SeriesModel };

export class SeriesCollectionProxy extends FakeCollection<SeriesProxy> {
  protected _list(e: unknown): unknown[] {
    const ref = e as ChartRef;
    return ref.chart.series.map((series) => ({ ...ref, series }));
  }
  protected _item(x: unknown): SeriesProxy {
    return new SeriesProxy(this.context, () => x as SeriesRef, false);
  }
  protected _scalar(name: string, raw: unknown): unknown {
    return name === "count" ? (raw as ChartRef).chart.series.length : super._scalar(name, raw);
  }
  get count(): number {
    return this._read("count");
  }
  getItemAt(i: number): SeriesProxy {
    return new SeriesProxy(
      this.context,
      () => {
        const ref = this._e<ChartRef>();
        if (!ref.chart.series[i]) throw new OfficeError("ItemNotFound", `No series ${i}.`);
        return { ...ref, series: ref.chart.series[i] };
      },
      true,
    );
  }
  add(name?: string): SeriesProxy {
    return new SeriesProxy(
      this.context,
      () => {
        const ref = this._e<ChartRef>();
        const series: SeriesModel = { name: name ?? `Series${ref.chart.series.length + 1}` };
        ref.chart.series.push(series);
        return { ...ref, series };
      },
      true,
    );
  }
}

export class SeriesProxy extends FakeProxy {
  protected _scalar(name: string, raw: unknown): unknown {
    return name === "name" ? (raw as SeriesRef).series.name : super._scalar(name, raw);
  }
  get name(): string {
    return this._read("name");
  }
  set name(v: string) {
    this._act<SeriesRef>("set:name", v, ({ series }) => (series.name = v));
  }
  private onSheet(range: RangeProxy, apply: (ref: SeriesRef, address: string) => void): (ref: SeriesRef) => void {
    return (ref) => {
      const src = range._e<{ sheet: SheetModel; area: Area }>();
      if (src.sheet !== ref.sheet) throw new OfficeError("InvalidArgument", "The series data is on another sheet.");
      apply(ref, areaA1(src.area));
    };
  }
  setValues(range: RangeProxy): void {
    this._act<SeriesRef>(
      "setValues",
      null,
      this.onSheet(range, ({ series }, a) => (series.values = a)),
    );
  }
  setXAxisValues(range: RangeProxy): void {
    this._act<SeriesRef>(
      "setXAxisValues",
      null,
      this.onSheet(range, ({ series }, a) => (series.xValues = a)),
    );
  }
  delete(): void {
    this._act<SeriesRef>("delete", null, ({ chart, series }) => (chart.series = chart.series.filter((x) => x !== series)));
  }
}

const MARGINS = ["leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"] as const;

export class PageLayoutProxy extends FakeProxy {
  protected _scalar(name: string, raw: unknown): unknown {
    const p = (raw as SheetModel).page;
    if (name === "orientation") return p.orientation ?? "Portrait";
    if (name === "paperSize") return p.paperSize ?? "Letter";
    if (name === "zoom") return p.zoom ?? { scale: 100 };
    if ((MARGINS as readonly string[]).includes(name)) return p.margins[name] ?? 54;
    return super._scalar(name, raw);
  }
  private put(name: string, v: unknown, apply: (s: SheetModel) => void): void {
    this._act<SheetModel>(`set:${name}`, v, apply);
  }
  set orientation(v: string) {
    this.put("orientation", v, (s) => (s.page.orientation = v));
  }
  set paperSize(v: string) {
    this.put("paperSize", v, (s) => (s.page.paperSize = v));
  }
  set zoom(v: Record<string, number>) {
    this.put("zoom", v, (s) => (s.page.zoom = { ...v }));
  }
  set centerHorizontally(v: boolean) {
    this.put("centerHorizontally", v, (s) => (s.page.centerHorizontally = v));
  }
  set leftMargin(v: number) {
    this.put("leftMargin", v, (s) => (s.page.margins.leftMargin = v));
  }
  set rightMargin(v: number) {
    this.put("rightMargin", v, (s) => (s.page.margins.rightMargin = v));
  }
  set topMargin(v: number) {
    this.put("topMargin", v, (s) => (s.page.margins.topMargin = v));
  }
  set bottomMargin(v: number) {
    this.put("bottomMargin", v, (s) => (s.page.margins.bottomMargin = v));
  }
  set headerMargin(v: number) {
    this.put("headerMargin", v, (s) => (s.page.margins.headerMargin = v));
  }
  set footerMargin(v: number) {
    this.put("footerMargin", v, (s) => (s.page.margins.footerMargin = v));
  }
  setPrintTitleRows(rows: string): void {
    this.put("printTitleRows", rows, (s) => {
      areaOn(s, rows);
      s.page.printTitleRows = rows;
    });
  }
  /** The print area (ExcelApi 1.9): one range on this sheet. */
  setPrintArea(range: string): void {
    this.put("printArea", range, (s) => {
      areaOn(s, range);
      s.page.printArea = range;
    });
  }
}
