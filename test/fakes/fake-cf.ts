// Fake conditional formats (ExcelApi 1.6): the collection of a range (those that intersect it), custom rules with
// a formula and a fill, added at the top priority, enumerated, deleted one by one or cleared from a range.
import { Area, intersects } from "./fake-address";
import { FakeClientResult, FakeCollection, FakeProxy, FakeRequestContext } from "./fake-context";
import { CfRule, OfficeError, SheetModel } from "./fake-model";
import type { Cells } from "./fake-range";

type CfRef = { sheet: SheetModel; cf: CfRule };

const touching = (cells: Cells): CfRule[] => cells.sheet.cfs.filter((cf) => cf.areas.some((a) => cells.areas.some((b) => intersects(a, b))));
const inside = (a: Area, b: Area) => a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;

export class ConditionalFormatCollectionProxy extends FakeCollection<ConditionalFormatProxy> {
  constructor(
    ctx: FakeRequestContext,
    private cells: () => Cells,
  ) {
    super(ctx, cells);
  }
  protected _list(e: unknown): unknown[] {
    const cells = e as Cells;
    return touching(cells).map((cf) => ({ sheet: cells.sheet, cf }));
  }
  protected _item(x: unknown): ConditionalFormatProxy {
    const ref = x as CfRef;
    return new ConditionalFormatProxy(this.context, () => (ref.sheet.cfs.includes(ref.cf) ? ref : null), false);
  }
  /** A new format over the range's areas, first in priority. */
  add(type: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(
      this.context,
      () => {
        const { sheet, areas } = this.cells();
        const cf: CfRule = { id: this.context._rt.book.newId("cf"), type, areas: areas.map((a) => ({ ...a })) };
        sheet.cfs.unshift(cf);
        return { sheet, cf };
      },
      true,
    );
  }
  getItem(id: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(
      this.context,
      () => {
        const { sheet } = this.cells();
        const cf = sheet.cfs.find((x) => x.id === id);
        if (!cf) throw new OfficeError("ItemNotFound", `No conditional format ${id}.`);
        return { sheet, cf };
      },
      true,
    );
  }
  getCount(): FakeClientResult<number> {
    const out = new FakeClientResult<number>();
    this.context._push("getCount", null, () => out._set(touching(this.cells()).length));
    return out;
  }
  /** Clears the formats from the range: areas inside it go; a format left with no area goes. */
  clearAll(): void {
    this._act<Cells>("clearAll", null, ({ sheet, areas }) => {
      for (const cf of sheet.cfs) cf.areas = cf.areas.filter((a) => !areas.some((b) => inside(a, b)));
      sheet.cfs = sheet.cfs.filter((cf) => cf.areas.length > 0);
    });
  }
}

export class ConditionalFormatProxy extends FakeProxy {
  private parts: Record<string, FakeProxy> = {};
  protected _scalar(name: string, raw: unknown): unknown {
    const { sheet, cf } = raw as CfRef;
    if (name === "id") return cf.id;
    if (name === "type") return cf.type;
    if (name === "priority") return sheet.cfs.indexOf(cf);
    if (name === "stopIfTrue") return !!cf.stopIfTrue;
    return super._scalar(name, raw);
  }
  protected _defaults(): string[] {
    return ["id", "type", "priority", "stopIfTrue"];
  }
  protected _nav(name: string): FakeProxy | undefined {
    return name === "custom" ? this.custom : name === "customOrNullObject" ? this.customOrNullObject : undefined;
  }
  get id(): string {
    return this._read("id");
  }
  get type(): string {
    return this._read("type");
  }
  get priority(): number {
    return this._read("priority");
  }
  set priority(v: number) {
    this._act<CfRef>("set:priority", v, ({ sheet, cf }) => {
      sheet.cfs = sheet.cfs.filter((x) => x !== cf);
      sheet.cfs.splice(Math.max(0, Math.min(v, sheet.cfs.length)), 0, cf);
    });
  }
  set stopIfTrue(v: boolean) {
    this._act<CfRef>("set:stopIfTrue", v, ({ cf }) => (cf.stopIfTrue = v));
  }
  get custom(): CustomFormatProxy {
    return (this.parts.custom ??= new CustomFormatProxy(this.context, () => {
      const ref = this._e<CfRef>();
      if (ref.cf.type !== "Custom") throw new OfficeError("InvalidOperation", "Not a custom conditional format.");
      return ref;
    })) as CustomFormatProxy;
  }
  get customOrNullObject(): CustomFormatProxy {
    return (this.parts.customOrNull ??= new CustomFormatProxy(
      this.context,
      () => {
        const ref = this._bind() as CfRef | null;
        return ref && ref.cf.type === "Custom" ? ref : null;
      },
      false,
      true,
    )) as CustomFormatProxy;
  }
  delete(): void {
    this._act<CfRef>("delete", null, ({ sheet, cf }) => {
      if (!sheet.cfs.includes(cf)) throw new OfficeError("ItemNotFound", "The conditional format no longer exists.");
      sheet.cfs = sheet.cfs.filter((x) => x !== cf);
    });
  }
}

export class CustomFormatProxy extends FakeProxy {
  private parts: Record<string, FakeProxy> = {};
  protected _nav(name: string): FakeProxy | undefined {
    return name === "rule" ? this.rule : name === "format" ? this.format : undefined;
  }
  get rule(): CfRuleProxy {
    return (this.parts.rule ??= new CfRuleProxy(this.context, () => this._e<CfRef>())) as CfRuleProxy;
  }
  get format(): CfFormatProxy {
    return (this.parts.format ??= new CfFormatProxy(this.context, () => this._e<CfRef>())) as CfFormatProxy;
  }
}

export class CfRuleProxy extends FakeProxy {
  protected _scalar(name: string, raw: unknown): unknown {
    if (name === "formula" || name === "formulaLocal") return (raw as CfRef).cf.formula ?? "";
    return super._scalar(name, raw);
  }
  protected _defaults(): string[] {
    return ["formula"];
  }
  get formula(): string {
    return this._read("formula");
  }
  set formula(v: string) {
    this._act<CfRef>("set:formula", v, ({ cf }) => (cf.formula = v));
  }
}

class CfColorProxy extends FakeProxy {
  constructor(
    ctx: FakeRequestContext,
    ref: () => CfRef,
    private key: "fill" | "fontColor",
  ) {
    super(ctx, ref);
  }
  protected _scalar(name: string, raw: unknown): unknown {
    if (name === "color") return (raw as CfRef).cf[this.key] ?? null;
    return super._scalar(name, raw);
  }
  get color(): string {
    return this._read("color");
  }
  set color(v: string) {
    this._act<CfRef>("set:color", v, ({ cf }) => (cf[this.key] = v));
  }
  clear(): void {
    this._act<CfRef>("clear", null, ({ cf }) => delete cf[this.key]);
  }
}

export class CfFormatProxy extends FakeProxy {
  readonly fill: CfColorProxy;
  readonly font: CfColorProxy;
  constructor(ctx: FakeRequestContext, ref: () => CfRef) {
    super(ctx, ref);
    this.fill = new CfColorProxy(ctx, ref, "fill");
    this.font = new CfColorProxy(ctx, ref, "fontColor");
  }
  protected _nav(name: string): FakeProxy | undefined {
    return name === "fill" ? this.fill : name === "font" ? this.font : undefined;
  }
}
