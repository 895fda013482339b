// The live check while the pane is open: started through the host on the known tracking sheet (restarted after each
// run, which brings fresh results), its re-checked rows kept by row number for the problem list, stopped on unmount.
import { useEffect, useReducer } from "react";
import type { ExcelHost, LiveUpdate } from "../excel/api";
import type { Catalog } from "../core/catalog";
import type { RowCheck } from "../core/officials/liveCheck";

export interface LiveState {
  status: "off" | "starting" | "on" | "failed";
  sheet: string | null;
  /** The catalog the check uses (the workbook's), for the problem list's criterion names. */
  catalog?: Catalog;
  message?: string;
  /** Rows re-checked since the start (or the last run), by row number. */
  rows: ReadonlyMap<number, RowCheck>;
  /** The last re-check: which rows, and how many problems they have now. */
  last: { rows: number[]; problems: number } | null;
}

type Action =
  | { type: "off" }
  | { type: "starting"; sheet: string }
  | { type: "on"; sheet: string; catalog: Catalog }
  | { type: "failed"; message: string }
  | { type: "update"; u: LiveUpdate };

export const liveInitial: LiveState = { status: "off", sheet: null, rows: new Map(), last: null };

export function liveReduce(s: LiveState, a: Action): LiveState {
  switch (a.type) {
    case "off":
      return liveInitial;
    case "starting":
      return { status: "starting", sheet: a.sheet, rows: new Map(), last: null };
    case "on":
      return { ...s, status: "on", sheet: a.sheet, catalog: a.catalog, message: undefined };
    case "failed":
      return { ...s, status: "failed", message: a.message };
    case "update": {
      const rows = new Map(a.u.full ? [] : s.rows);
      for (const r of a.u.rows) rows.set(r.row, r);
      const problems = a.u.rows.reduce((n, r) => n + (r.isData ? r.issues.length : 0), 0);
      // a check that succeeds after a failed one clears the failure
      return {
        ...s,
        rows,
        last: { rows: a.u.rows.map((r) => r.row), problems },
        ...(s.status === "failed" ? { status: "on" as const, message: undefined } : {}),
      };
    }
  }
}

export interface LiveParams {
  enabled: boolean;
  sheet: string | null;
  mapping?: Record<string, string>;
  lang?: "vi" | "en";
  /** Changes when a run brings new results: the check restarts and forgets the rows it had. */
  epoch: unknown;
}

export function useLiveCheck(host: ExcelHost, { enabled, sheet, mapping, lang, epoch }: LiveParams): LiveState {
  const [state, dispatch] = useReducer(liveReduce, liveInitial);
  const mappingKey = JSON.stringify(mapping ?? {});
  useEffect(() => {
    if (!enabled || !sheet) {
      dispatch({ type: "off" });
      return;
    }
    let cancelled = false;
    let stop: (() => Promise<void>) | null = null;
    dispatch({ type: "starting", sheet });
    host
      .startLiveCheck({
        sheet,
        mapping: JSON.parse(mappingKey) as Record<string, string>,
        lang,
        onUpdate: (u) => !cancelled && dispatch({ type: "update", u }),
        onError: (message) => !cancelled && dispatch({ type: "failed", message }),
      })
      .then(
        (o) => {
          if (!o.ok) return void (!cancelled && dispatch({ type: "failed", message: o.message }));
          if (cancelled) return void o.stop().catch(() => undefined);
          stop = o.stop;
          dispatch({ type: "on", sheet: o.sheet, catalog: o.catalog });
        },
        (e: unknown) => !cancelled && dispatch({ type: "failed", message: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      cancelled = true;
      stop?.().catch(() => undefined);
    };
  }, [host, enabled, sheet, mappingKey, lang, epoch]);
  return state;
}
