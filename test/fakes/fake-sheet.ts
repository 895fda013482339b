// Fake Workbook, worksheet collection and Worksheet (ranges, used range, activate, delete, rename) and the
// workbook's settings.
import { splitAddressList } from "./fake-address";
import type { FakeBook } from "./fake-book";
import { FakeClientResult, FakeCollection, FakeProxy, FakeRequestContext } from "./fake-context";
import { OfficeError, SheetModel, WHOLE_SHEET, areaOn, usedArea } from "./fake-model";
import { ChartCollectionProxy, PageLayoutProxy } from "./fake-chart";
import { RangeAreasProxy, RangeProxy } from "./fake-range";

const alive = (book: FakeBook, s: SheetModel): SheetModel => {
  if (!book.sheets.includes(s)) throw new OfficeError("ItemNotFound", `The sheet "${s.name}" no longer exists.`);
  return s;
};

export class WorkbookProxy extends FakeProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly settings: SettingCollectionProxy;
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx._rt.book);
    this.worksheets = new WorksheetCollectionProxy(ctx, () => ctx._rt.book);
    this.settings = new SettingCollectionProxy(ctx, () => ctx._rt.book);
  }
}

export class WorksheetCollectionProxy extends FakeCollection<WorksheetProxy> {
  private book = () => this.context._rt.book;
  protected _list(): unknown[] {
    return this.book().sheets.slice();
  }
  protected _item(x: unknown): WorksheetProxy {
    return new WorksheetProxy(this.context, () => alive(this.book(), x as SheetModel), false);
  }
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.book().sheets.find((s) => s.id === key) ?? this.book().sheet(key), true);
  }
  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.book().sheets.find((s) => s.id === key) ?? this.book().find(key) ?? null, true, true);
  }
  add(name?: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.book().addSheet(name), true);
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.book().sheets.find((s) => s.id === this.book().activeId) ?? null, true);
  }
  getCount(): FakeClientResult<number> {
    const out = new FakeClientResult<number>();
    this.context._push("getCount", null, () => out._set(this.book().sheets.length));
    return out;
  }
}

export class WorksheetProxy extends FakeProxy {
  private _charts?: ChartCollectionProxy;
  private _page?: PageLayoutProxy;
  constructor(ctx: FakeRequestContext, resolve: () => SheetModel | null, queued: boolean, nullable = false) {
    super(ctx, resolve, queued, nullable);
  }
  private book = () => this.context._rt.book;
  protected _scalar(name: string, raw: unknown): unknown {
    const s = raw as SheetModel;
    if (name === "name") return s.name;
    if (name === "id") return s.id;
    if (name === "position") return this.book().sheets.indexOf(s);
    if (name === "visibility") return "Visible";
    return super._scalar(name, raw);
  }
  protected _defaults(): string[] {
    return ["name", "id", "position", "visibility"];
  }
  get name(): string {
    return this._read("name");
  }
  set name(v: string) {
    this._act<SheetModel>("set:name", v, (s) => this.book().renameSheet(alive(this.book(), s), v));
  }
  get id(): string {
    return this._read("id");
  }
  get position(): number {
    return this._read("position");
  }
  /** Moves the sheet among the tabs (ExcelApi 1.1). */
  set position(v: number) {
    this._act<SheetModel>("set:position", v, (s) => this.book().moveSheet(s, v));
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, () => {
      const s = alive(this.book(), this._e<SheetModel>());
      return { sheet: s, area: address === undefined ? { ...WHOLE_SHEET } : areaOn(s, address) };
    });
  }
  getRanges(address: string): RangeAreasProxy {
    return new RangeAreasProxy(this.context, () => {
      const s = alive(this.book(), this._e<SheetModel>());
      return { sheet: s, areas: splitAddressList(address).map((a) => areaOn(s, a)) };
    });
  }
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, () => {
      const s = alive(this.book(), this._e<SheetModel>());
      return { sheet: s, area: usedArea(s, valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const s = alive(this.book(), this._e<SheetModel>());
        const area = usedArea(s, valuesOnly);
        return area ? { sheet: s, area } : null;
      },
      true,
    );
  }
  activate(): void {
    this._act<SheetModel>("activate", null, (s) => (this.book().activeId = alive(this.book(), s).id));
  }
  delete(): void {
    this._act<SheetModel>("delete", null, (s) => this.book().deleteSheet(s));
  }
  get charts(): ChartCollectionProxy {
    return (this._charts ??= new ChartCollectionProxy(this.context, () => this._e<SheetModel>()));
  }
  get pageLayout(): PageLayoutProxy {
    return (this._page ??= new PageLayoutProxy(this.context, () => this._e<SheetModel>()));
  }
  /** Manual page breaks (ExcelApi 1.9): `add(range)` breaks the page before the range's top-left cell. */
  get horizontalPageBreaks(): { add(range: string): void } {
    return {
      add: (range: string) =>
        this._act<SheetModel>("horizontalPageBreaks.add", range, (s) => {
          const row = areaOn(s, range).top;
          if (row < 2) throw new OfficeError("InvalidArgument", "A page break goes before row 2 or below.");
          s.page.rowBreaks = [...(s.page.rowBreaks ?? []), row - 1];
        }),
    };
  }
}

type SettingRef = { book: FakeBook; key: string };

export class SettingCollectionProxy extends FakeCollection<SettingProxy> {
  protected _list(e: unknown): unknown[] {
    const book = e as FakeBook;
    return [...book.settings.keys()].map((key) => ({ book, key }));
  }
  protected _item(x: unknown): SettingProxy {
    return new SettingProxy(this.context, () => x as SettingRef, false);
  }
  add(key: string, value: unknown): SettingProxy {
    return new SettingProxy(
      this.context,
      () => {
        const book = this._e<FakeBook>();
        book.settings.set(key, JSON.parse(JSON.stringify(value ?? null)));
        return { book, key };
      },
      true,
    );
  }
  getItem(key: string): SettingProxy {
    return new SettingProxy(
      this.context,
      () => {
        const book = this._e<FakeBook>();
        if (!book.settings.has(key)) throw new OfficeError("ItemNotFound", `No setting "${key}".`);
        return { book, key };
      },
      true,
    );
  }
  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(
      this.context,
      () => {
        const book = this._e<FakeBook>();
        return book.settings.has(key) ? { book, key } : null;
      },
      true,
      true,
    );
  }
}

export class SettingProxy extends FakeProxy {
  protected _scalar(name: string, raw: unknown): unknown {
    const { book, key } = raw as SettingRef;
    if (name === "key") return key;
    if (name === "value") return JSON.parse(JSON.stringify(book.settings.get(key) ?? null));
    return super._scalar(name, raw);
  }
  protected _defaults(): string[] {
    return ["key", "value"];
  }
  get key(): string {
    return this._read("key");
  }
  get value(): unknown {
    return this._read("value");
  }
  set value(v: unknown) {
    this._act<SettingRef>("set:value", v, ({ book, key }) => book.settings.set(key, JSON.parse(JSON.stringify(v ?? null))));
  }
  delete(): void {
    this._act<SettingRef>("delete", null, ({ book, key }) => book.settings.delete(key));
  }
}
