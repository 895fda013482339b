// Extras for the fake Excel that the officials' side needs, added without touching the core fake's files:
// data validation (ExcelApi 1.8), sheet protection (1.2) with locked cells (format.protection), freeze panes (1.7),
// worksheet onChanged events (1.7; details 1.9; triggerSource 1.14), ConditionalFormat.getRanges (1.9) and a log
// of the ranges read.
// `installFakeExtras()` patches the fake's proxy prototypes once; state lives per sheet model in a WeakMap; the new
// proxies are in excel-fake-extras-proxies.ts.
import { Area, qualified } from "./fake-address";
import type { FakeOffice } from "./excel-fake";
import { FakeProxy, FakeRequestContext } from "./fake-context";
import { CfRule, OfficeError, SheetModel, areaOn, writeCell } from "./fake-model";
import { CellsRef, DataValidationProxy, FormatProtectionProxy, FreezePanesProxy, WorksheetProtectionProxy } from "./excel-fake-extras-proxies";
import { ConditionalFormatProxy } from "./fake-cf";
import { RangeAreasProxy, RangeFormatProxy, RangeProxy } from "./fake-range";
import { WorksheetProxy } from "./fake-sheet";

export interface StoredValidation {
  rule?: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
  ignoreBlanks?: boolean;
}
export interface ChangedArgs {
  address: string;
  changeType: string;
  source: "Local" | "Remote";
  triggerSource: "ThisLocalAddin" | "Unknown";
  type: "WorksheetChanged";
  worksheetId: string;
  details?: unknown;
}
type Handler = (args: ChangedArgs) => unknown;

export interface SheetExtras {
  /** "r,c" → the cell's data validation */
  validations: Map<string, StoredValidation>;
  /** "r,c" → false for an unlocked cell (cells are locked by default, as in Excel) */
  locked: Map<string, boolean>;
  protection: { protected: boolean; options: Record<string, boolean>; password?: string };
  freeze: { rows: number; cols: number } | null;
  listeners: Set<Handler>;
  /** Addresses whose values were loaded, in order (what a live check read). */
  reads: string[];
  /** Events delivered so far, and the handlers' promises (tests await them). */
  delivered: ChangedArgs[];
  pending: Promise<unknown>[];
}

const EXTRAS = new WeakMap<SheetModel, SheetExtras>();
export function extrasOf(s: SheetModel): SheetExtras {
  let x = EXTRAS.get(s);
  if (!x) {
    x = {
      validations: new Map(),
      locked: new Map(),
      protection: { protected: false, options: {} },
      freeze: null,
      listeners: new Set(),
      reads: [],
      delivered: [],
      pending: [],
    };
    EXTRAS.set(s, x);
  }
  return x;
}
export const sheetExtras = (fake: FakeOffice, sheet: string): SheetExtras => extrasOf(fake.workbook.sheet(sheet));

const key = (r: number, c: number) => `${r},${c}`;
export function eachCell(a: Area, fn: (k: string) => void): void {
  if ((a.bottom - a.top + 1) * (a.right - a.left + 1) > 2_000_000)
    throw new OfficeError("InvalidArgument", "the fake handles at most 2,000,000 cells at once");
  for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) fn(key(r, c));
}
const isLocked = (x: SheetExtras, a: Area) => {
  let any = false;
  eachCell(a, (k) => void (x.locked.get(k) !== false && (any = true)));
  return any;
};
export const denied = () => new OfficeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");

function deliver(s: SheetModel, args: Omit<ChangedArgs, "type" | "worksheetId">): void {
  const x = extrasOf(s);
  const full: ChangedArgs = { ...args, type: "WorksheetChanged", worksheetId: s.id };
  // Office raises events after the batch, asynchronously
  const p = Promise.resolve().then(async () => {
    x.delivered.push(full);
    await Promise.all([...x.listeners].map((h) => h(full)));
  });
  x.pending.push(p);
}

/** A user (or a remote co-author) types values at `address` of `sheet`; the sheet's onChanged handlers are told. */
export function userEdit(
  fake: FakeOffice,
  sheet: string,
  address: string,
  values: unknown[][],
  opts: { remote?: boolean; changeType?: string } = {},
): void {
  const s = fake.workbook.sheet(sheet);
  const a = areaOn(s, address);
  values.forEach((row, i) => row.forEach((v, j) => writeCell(s, a.top + i, a.left + j, v)));
  deliver(s, {
    address: qualified(s.name, a).replace(/^.*!/, ""),
    changeType: opts.changeType ?? "RangeEdited",
    source: opts.remote ? "Remote" : "Local",
    triggerSource: "Unknown",
  });
}

/** Wait until every event raised so far has been handled. */
export async function settleEvents(fake: FakeOffice, sheet: string): Promise<void> {
  const x = sheetExtras(fake, sheet);
  while (x.pending.length) await x.pending.shift();
}

class ChangedEventProxy {
  constructor(
    private ctx: FakeRequestContext,
    private sheet: () => SheetModel,
  ) {}
  add(handler: Handler): { context: FakeRequestContext; remove(): void } {
    let registered: SheetModel | null = null;
    this.ctx._push("onChanged.add", null, () => {
      registered = this.sheet();
      extrasOf(registered).listeners.add(handler);
    });
    // removal takes effect at once (the fake's Excel.run makes a new context rather than reusing this one)
    return { context: this.ctx, remove: () => void (registered && extrasOf(registered).listeners.delete(handler)) };
  }
}

const INSTALLED = Symbol.for("tdcchc.fakeExtras");
type Patchable = Record<string | symbol, unknown>;

/** Patch the fake's proxies once (idempotent). */
export function installFakeExtras(): void {
  const rp = RangeProxy.prototype as unknown as Patchable;
  if (rp[INSTALLED]) return;
  rp[INSTALLED] = true;
  const cache = <T>(self: object, name: string, make: () => T): T => {
    const o = self as Record<string, T>;
    return (o[`__${name}`] ??= make());
  };
  Object.defineProperty(RangeProxy.prototype, "dataValidation", {
    get(this: RangeProxy) {
      return cache(this, "dv", () => new DataValidationProxy(this.context, () => this._e()));
    },
  });
  Object.defineProperty(RangeFormatProxy.prototype, "protection", {
    get(this: RangeFormatProxy) {
      const cells = (this as unknown as { cells: () => CellsRef }).cells;
      return cache(this, "prot", () => new FormatProtectionProxy(this.context, cells));
    },
  });
  Object.defineProperty(WorksheetProxy.prototype, "protection", {
    get(this: WorksheetProxy) {
      return cache(this, "prot", () => new WorksheetProtectionProxy(this.context, () => this._e()));
    },
  });
  Object.defineProperty(WorksheetProxy.prototype, "freezePanes", {
    get(this: WorksheetProxy) {
      return cache(this, "freeze", () => new FreezePanesProxy(this.context, () => this._e()));
    },
  });
  Object.defineProperty(WorksheetProxy.prototype, "onChanged", {
    get(this: WorksheetProxy) {
      return cache(this, "changed", () => new ChangedEventProxy(this.context, () => this._e<SheetModel>()));
    },
  });
  (ConditionalFormatProxy.prototype as unknown as Patchable).getRanges = function (this: ConditionalFormatProxy) {
    return new RangeAreasProxy(this.context, () => {
      const { sheet, cf } = this._e<{ sheet: SheetModel; cf: CfRule }>();
      return { sheet, areas: cf.areas.map((a) => ({ ...a })) };
    });
  };
  // writes on a protected sheet fail on locked cells; the add-in's own writes raise onChanged (ThisLocalAddin)
  const act = rp._act as (this: RangeProxy, action: string, args: unknown, apply: (e: unknown) => void) => void;
  rp._act = function (this: RangeProxy, action: string, args: unknown, apply: (e: unknown) => void) {
    act.call(this, action, args, (e: unknown) => {
      const { sheet, area } = e as { sheet: SheetModel; area: Area };
      const x = extrasOf(sheet);
      const writes = action === "set:values" || action === "set:formulas";
      if (x.protection.protected && (writes || action === "merge" || action === "unmerge") && isLocked(x, area)) throw denied();
      if (x.protection.protected && action === "set:numberFormat" && !x.protection.options.allowFormatCells) throw denied();
      apply(e);
      if (writes)
        deliver(sheet, {
          address: qualified(sheet.name, area).replace(/^.*!/, ""),
          changeType: "RangeEdited",
          source: "Local",
          triggerSource: "ThisLocalAddin",
        });
    });
  };
  const load = rp._loadPaths as (this: RangeProxy, list: string[]) => void;
  rp._loadPaths = function (this: RangeProxy, list: string[]) {
    load.call(this, list);
    if (list.includes("values")) {
      const e = this._bind() as { sheet: SheetModel; area: Area } | null;
      if (e) extrasOf(e.sheet).reads.push(qualified(e.sheet.name, e.area).replace(/^.*!/, ""));
    }
  };
  const fp = Object.getPrototypeOf(RangeFormatProxy.prototype) as Patchable;
  const fact = fp._act as (this: FakeProxy, action: string, args: unknown, apply: (e: unknown) => void) => void;
  fp._act = function (this: FakeProxy, action: string, args: unknown, apply: (e: unknown) => void) {
    fact.call(this, action, args, (e: unknown) => {
      const sheet = (e as CellsRef).sheet;
      const p = extrasOf(sheet).protection;
      if (p.protected && !p.options.allowFormatCells && !p.options.allowFormatColumns) throw denied();
      apply(e);
    });
  };
}
