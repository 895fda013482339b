// Proxies of the fake Excel extras: DataValidation (ExcelApi 1.8, with Excel's text limits), RangeFormatProtection
// (locked cells), WorksheetProtection (protect / unprotect, password checked) and WorksheetFreezePanes.
import { Area } from "./fake-address";
import { FakeProxy, FakeRequestContext } from "./fake-context";
import { OfficeError, SheetModel, areaOn } from "./fake-model";
import type { RangeProxy } from "./fake-range";
import { StoredValidation, denied, eachCell, extrasOf } from "./excel-fake-extras";

const VALIDATION_TYPES: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  custom: "Custom",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
};
const OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"];
const bad = (m: string) => new OfficeError("InvalidArgument", m);

function checkRule(rule: Record<string, unknown>): void {
  const kinds = Object.keys(rule).filter((k) => rule[k] !== undefined);
  if (kinds.length !== 1 || !VALIDATION_TYPES[kinds[0]]) throw bad("A data validation rule needs exactly one criterion type.");
  const v = rule[kinds[0]] as Record<string, unknown>;
  if (kinds[0] === "list") {
    if (typeof v.source !== "string" || !v.source || v.source.length > 255)
      throw bad("List source must be a non-empty text of at most 255 characters.");
  } else if (kinds[0] === "custom") {
    if (typeof v.formula !== "string" || !v.formula.startsWith("=")) throw bad("A custom rule's formula must start with '='.");
  } else {
    if (!OPERATORS.includes(String(v.operator))) throw bad(`Unknown operator ${v.operator}.`);
    if (v.formula1 === undefined || ((v.operator === "Between" || v.operator === "NotBetween") && v.formula2 === undefined))
      throw bad("Missing formula1/formula2.");
  }
}

export class DataValidationProxy extends FakeProxy {
  private ref = () => this._e<{ sheet: SheetModel; area: Area }>();
  protected _scalar(name: string, raw: unknown): unknown {
    const { sheet, area } = raw as { sheet: SheetModel; area: Area };
    const x = extrasOf(sheet);
    const seen = new Set<string>();
    let first: StoredValidation | undefined;
    eachCell(area, (k) => {
      const v = x.validations.get(k);
      if (seen.size === 0) first = v;
      seen.add(JSON.stringify(v ?? null));
    });
    const same = seen.size === 1;
    const kind = first?.rule ? VALIDATION_TYPES[Object.keys(first.rule)[0]] : "None";
    switch (name) {
      case "type":
        return same ? kind : "Inconsistent";
      case "rule":
        return same ? JSON.parse(JSON.stringify(first?.rule ?? {})) : null;
      case "prompt":
        return same ? JSON.parse(JSON.stringify(first?.prompt ?? { showPrompt: false, title: "", message: "" })) : null;
      case "errorAlert":
        return same ? JSON.parse(JSON.stringify(first?.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" })) : null;
      case "ignoreBlanks":
        return same ? (first?.ignoreBlanks ?? true) : null;
      case "valid":
        return true;
    }
    return super._scalar(name, raw);
  }
  protected _defaults(): string[] {
    return ["type", "rule", "prompt", "errorAlert", "ignoreBlanks"];
  }
  private put(name: string, v: unknown, patch: (s: StoredValidation) => void): void {
    this.context._push(`dataValidation.set:${name}`, v, () => {
      const { sheet, area } = this.ref();
      const x = extrasOf(sheet);
      if (x.protection.protected) throw denied();
      eachCell(area, (k) => {
        const cur = { ...(x.validations.get(k) ?? {}) };
        patch(cur);
        x.validations.set(k, cur);
      });
    });
  }
  get type(): string {
    return this._read("type");
  }
  get rule(): Record<string, unknown> {
    return this._read("rule");
  }
  set rule(v: Record<string, unknown>) {
    checkRule(v);
    this.put("rule", v, (s) => (s.rule = JSON.parse(JSON.stringify(v))));
  }
  get prompt(): Record<string, unknown> {
    return this._read("prompt");
  }
  set prompt(v: Record<string, unknown>) {
    if (String(v.title ?? "").length > 32 || String(v.message ?? "").length > 255) throw bad("Prompt title ≤ 32 and message ≤ 255 characters.");
    this.put("prompt", v, (s) => (s.prompt = { ...v }));
  }
  get errorAlert(): Record<string, unknown> {
    return this._read("errorAlert");
  }
  set errorAlert(v: Record<string, unknown>) {
    if (String(v.title ?? "").length > 32 || String(v.message ?? "").length > 225) throw bad("Error alert title ≤ 32 and message ≤ 225 characters.");
    if (v.style !== undefined && !["Stop", "Warning", "Information"].includes(String(v.style))) throw bad(`Unknown alert style ${v.style}.`);
    this.put("errorAlert", v, (s) => (s.errorAlert = { ...v }));
  }
  get ignoreBlanks(): boolean {
    return this._read("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this.put("ignoreBlanks", v, (s) => (s.ignoreBlanks = v));
  }
  clear(): void {
    this.context._push("dataValidation.clear", null, () => {
      const { sheet, area } = this.ref();
      const x = extrasOf(sheet);
      if (x.protection.protected) throw denied();
      eachCell(area, (k) => x.validations.delete(k));
    });
  }
}

export type CellsRef = { sheet: SheetModel; areas: Area[] };

export class FormatProtectionProxy extends FakeProxy {
  constructor(
    ctx: FakeRequestContext,
    private cells: () => CellsRef,
  ) {
    super(ctx, cells);
  }
  protected _scalar(name: string, raw: unknown): unknown {
    const { sheet, areas } = raw as CellsRef;
    if (name === "locked") {
      const seen = new Set<boolean>();
      const x = extrasOf(sheet);
      for (const a of areas) eachCell(a, (k) => void seen.add(x.locked.get(k) !== false));
      return seen.size === 1 ? [...seen][0] : null;
    }
    if (name === "formulaHidden") return false;
    return super._scalar(name, raw);
  }
  protected _defaults(): string[] {
    return ["locked", "formulaHidden"];
  }
  get locked(): boolean {
    return this._read("locked");
  }
  set locked(v: boolean) {
    this.context._push("protection.set:locked", v, () => {
      const { sheet, areas } = this.cells();
      const x = extrasOf(sheet);
      if (x.protection.protected) throw denied();
      for (const a of areas) eachCell(a, (k) => (v ? x.locked.delete(k) : x.locked.set(k, false)));
    });
  }
}

export class WorksheetProtectionProxy extends FakeProxy {
  private sheet = () => this._e<SheetModel>();
  protected _scalar(name: string, raw: unknown): unknown {
    const p = extrasOf(raw as SheetModel).protection;
    if (name === "protected") return p.protected;
    if (name === "options") return { ...p.options };
    return super._scalar(name, raw);
  }
  protected _defaults(): string[] {
    return ["protected", "options"];
  }
  get protected(): boolean {
    return this._read("protected");
  }
  get options(): Record<string, boolean> {
    return this._read("options");
  }
  protect(options?: Record<string, boolean>, password?: string): void {
    this.context._push("protect", { options, password: password ? "***" : undefined }, () => {
      const p = extrasOf(this.sheet()).protection;
      if (p.protected) throw new OfficeError("InvalidOperation", "The worksheet is already protected.");
      Object.assign(p, { protected: true, options: { ...(options ?? {}) }, password: password || undefined });
    });
  }
  unprotect(password?: string): void {
    this.context._push("unprotect", null, () => {
      const p = extrasOf(this.sheet()).protection;
      if (p.password && p.password !== password) throw new OfficeError("InvalidArgument", "The password is incorrect.");
      Object.assign(p, { protected: false, password: undefined });
    });
  }
}

export class FreezePanesProxy extends FakeProxy {
  private sheet = () => this._e<SheetModel>();
  private set(rows: number, cols: number): void {
    this.context._push("freeze", { rows, cols }, () => void (extrasOf(this.sheet()).freeze = rows || cols ? { rows, cols } : null));
  }
  freezeAt(range: RangeProxy | string): void {
    this.context._push("freezeAt", null, () => {
      const s = this.sheet();
      const a = typeof range === "string" ? areaOn(s, range) : range._e<{ area: Area }>().area;
      extrasOf(s).freeze = { rows: a.bottom, cols: a.right };
    });
  }
  freezeRows(count = 1): void {
    this.set(count, 0);
  }
  freezeColumns(count = 1): void {
    this.set(0, count);
  }
  unfreeze(): void {
    this.set(0, 0);
  }
}
