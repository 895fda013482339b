// The fake request context: actions are queued and applied in order at `sync()` (an action that fails stops the
// batch, the earlier ones stay applied, as in Office), every sync is counted with its request and response size,
// and proxies give their properties only after load + sync (else "PropertyNotLoaded", as Office throws).
import type { FakeBook } from "./fake-book";
import { OfficeError } from "./fake-model";

export interface FakeStats {
  /** context.sync() round trips, the implicit one at the end of Excel.run included */
  syncs: number;
  /** bytes (UTF-8 JSON of the queued actions) of the largest request Excel accepted */
  maxPayloadBytes: number;
  /** bytes (UTF-8 JSON of the loaded values) of the largest response Excel gave */
  maxResponseBytes: number;
  /** request and response bytes of every accepted sync, in order */
  payloads: number[];
  responses: number[];
  /** syncs Excel refused for their size (the request is not run; a too-large response is lost) */
  refused: { sync: number; code: string; bytes: number }[];
  runs: number;
  runOptions: unknown[];
}

export interface FakeHooks {
  /** Runs at the start of every sync, before its actions apply: what other users do between two round trips. */
  beforeSync?: (sync: number, book: FakeBook) => void;
  /** Makes an action fail when it applies (return an error code), e.g. to test a failure part-way. */
  failOn?: (action: string, args: unknown) => string | undefined;
}

export interface Runtime {
  book: FakeBook;
  stats: FakeStats;
  hooks: FakeHooks;
  requestLimit: number;
  responseLimit: number;
}

/** UTF-8 size of a string, as the request would carry it. */
export const utf8Bytes = (s: string): number => new TextEncoder().encode(s).length;

const notLoaded = (name: string) =>
  new OfficeError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

export class FakeRequestContext {
  /** Set by the fake's entry (kept out of the constructor to avoid an import cycle). */
  workbook!: import("./fake-sheet").WorkbookProxy;
  private queue: { bytes: number; run: () => void }[] = [];
  private responseBytes = 0;
  /** values loaded by the running request, handed to their proxies only if the whole request succeeds */
  private staged: (() => void)[] = [];
  constructor(readonly _rt: Runtime) {}

  _push(action: string, args: unknown, run: () => void): void {
    const fail = () => {
      const code = this._rt.hooks.failOn?.(action, args);
      if (code) throw new OfficeError(code, `The fake was told to fail "${action}".`);
      run();
    };
    this.queue.push({ bytes: utf8Bytes(JSON.stringify([action, args ?? null])) + 1, run: fail });
  }
  _respond(value: unknown): void {
    this.responseBytes += utf8Bytes(JSON.stringify(value ?? null)) + 1;
  }
  _stage(into: Map<string, unknown>, key: string, value: unknown): void {
    this.staged.push(() => into.set(key, value));
  }
  get _pending(): number {
    return this.queue.length;
  }

  async sync<T>(passThrough?: T): Promise<T> {
    const { stats, hooks, book } = this._rt;
    stats.syncs++;
    hooks.beforeSync?.(stats.syncs, book);
    const ops = this.queue;
    this.queue = [];
    const bytes = ops.reduce((n, o) => n + o.bytes, 2);
    await Promise.resolve();
    if (bytes > this._rt.requestLimit) {
      stats.refused.push({ sync: stats.syncs, code: "RequestPayloadSizeLimitExceeded", bytes });
      throw new OfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    stats.payloads.push(bytes);
    stats.maxPayloadBytes = Math.max(stats.maxPayloadBytes, bytes);
    this.responseBytes = 0;
    this.staged = [];
    try {
      for (const op of ops) op.run();
    } catch (e) {
      throw e instanceof OfficeError ? e : new OfficeError("InvalidArgument", (e as Error).message);
    } finally {
      if (this.responseBytes > this._rt.responseLimit)
        stats.refused.push({ sync: stats.syncs, code: "ResponsePayloadSizeLimitExceeded", bytes: this.responseBytes });
      else {
        stats.responses.push(this.responseBytes);
        stats.maxResponseBytes = Math.max(stats.maxResponseBytes, this.responseBytes);
      }
    }
    if (this.responseBytes > this._rt.responseLimit)
      throw new OfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    for (const commit of this.staged) commit(); // a failed request delivers nothing it loaded
    this.staged = [];
    return passThrough as T;
  }
}

export type LoadArg = string | string[] | { select?: string | string[] } | Record<string, unknown> | undefined;

function flatten(o: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === "object" ? flatten(v as Record<string, unknown>, `${prefix}${k}/`) : v ? [`${prefix}${k}`] : [],
  );
}

function paths(arg: LoadArg): string[] | null {
  if (arg === undefined) return null;
  const list = (x: string | string[]) =>
    (Array.isArray(x) ? x : [x])
      .flatMap((s) => s.split(","))
      .map((s) => s.trim())
      .filter(Boolean);
  if (typeof arg === "string" || Array.isArray(arg)) return list(arg);
  if ("select" in arg && arg.select !== undefined) return list(arg.select as string | string[]);
  return flatten(arg as Record<string, unknown>);
}

/** A proxy bound to an entity of the model: by an action queued where it was made, or through its parent. */
export abstract class FakeProxy {
  protected _loaded = new Map<string, unknown>();
  private _bound = false;
  private _cached: unknown;
  constructor(
    readonly context: FakeRequestContext,
    private readonly _resolver: () => unknown,
    private readonly _queued = false,
    readonly _nullable = false,
  ) {
    if (_queued) context._push("bind", null, () => this._bind());
  }

  _bind(): unknown {
    if (!this._queued) return this._resolver();
    if (!this._bound) {
      this._cached = this._resolver();
      this._bound = true;
    }
    return this._cached;
  }
  /** The bound entity; using a null object for anything but load fails, as in Office. */
  _e<T>(): T {
    const e = this._bind();
    if (e === null || e === undefined) throw new OfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return e as T;
  }

  get isNullObject(): boolean {
    return this._read<boolean>("isNullObject");
  }

  load(arg?: LoadArg): this {
    const list = paths(arg) ?? this._defaults();
    this.context._push("load", list, () => this._loadPaths(list));
    return this;
  }

  _loadPaths(list: string[]): void {
    const e = this._nullable ? this._bind() : this._e();
    this.context._stage(this._loaded, "isNullObject", e === null || e === undefined);
    const groups = new Map<string, string[]>();
    for (const p of list.length ? list : this._defaults()) {
      const [head, ...rest] = p.split("/");
      groups.set(head, [...(groups.get(head) ?? []), ...(rest.length ? [rest.join("/")] : [])]);
    }
    for (const [head, rest] of groups) {
      if (head === "items" && this instanceof FakeCollection) this._loadItems(rest);
      else if (this._nav(head)) {
        if (e === null || e === undefined) continue;
        this._nav(head)!._loadPaths(rest);
      } else {
        const v = e === null || e === undefined ? null : this._scalar(head, e);
        this.context._stage(this._loaded, head, v);
        this.context._respond(v);
      }
    }
  }

  protected _read<T>(name: string): T {
    if (!this._loaded.has(name)) throw notLoaded(name);
    return this._loaded.get(name) as T;
  }
  /** Queue an action on the bound entity (a property set or a method call). */
  protected _act<E>(action: string, args: unknown, apply: (e: E) => void): void {
    this.context._push(action, args, () => apply(this._e<E>()));
  }
  protected _scalar(name: string, _e: unknown): unknown {
    throw new OfficeError("InvalidArgument", `The fake cannot load '${name}' on ${this.constructor.name}.`);
  }
  protected _nav(_name: string): FakeProxy | undefined {
    return undefined;
  }
  protected _defaults(): string[] {
    return [];
  }
}

/** A collection proxy: `items` after load, each item bound to its entity. */
export abstract class FakeCollection<T extends FakeProxy> extends FakeProxy {
  protected abstract _list(e: unknown): unknown[];
  protected abstract _item(entity: unknown): T;
  get items(): T[] {
    return this._read<T[]>("items");
  }
  _loadItems(rest: string[]): void {
    const items = this._list(this._e()).map((x) => this._item(x));
    for (const it of items) it._loadPaths(rest);
    this.context._stage(this._loaded, "items", items);
  }
  protected _defaults(): string[] {
    return ["items"];
  }
}

/** A value returned by a method (getCount …), readable after sync. */
export class FakeClientResult<T> {
  private has = false;
  private v: T | undefined;
  _set(v: T): void {
    this.v = v;
    this.has = true;
  }
  get value(): T {
    if (!this.has) throw notLoaded("value");
    return this.v as T;
  }
}
