// The live check while the pane is open: started through the host on the chosen tracking sheets (restarted after
// each run, which brings fresh results), its re-checked rows kept by sheet and row for the problem list, stopped on
// unmount, and off while the page is hidden (a host without a shared runtime also loads it as the ribbon's hidden
// function file, which must not watch the sheets too).
import { useEffect, useReducer, useSyncExternalStore } from "react";
import type { ExcelHost, Lang, LiveUpdate } from "../excel/api";
import type { Catalog } from "../core/catalog";
import { rowKey, type LiveRow } from "./liveRows";

export interface LiveState {
  status: "off" | "starting" | "on" | "failed";
  /** The sheets watched (those asked for while starting). */
  sheets: string[];
  /** The catalog the check uses (the workbook's), for the problem list's criterion names. */
  catalog?: Catalog;
  message?: string;
  /** Rows re-checked since the start (or the last run), by sheet and row. */
  rows: ReadonlyMap<string, LiveRow>;
  /** The last re-check: which rows, and how many problems they have now. */
  last: { rows: number[]; problems: number } | null;
}

type Action =
  | { type: "off" }
  | { type: "starting"; sheets: string[] }
  | { type: "on"; sheets: string[]; catalog: Catalog }
  | { type: "failed"; message: string }
  | { type: "update"; u: LiveUpdate };

export const liveInitial: LiveState = { status: "off", sheets: [], rows: new Map(), last: null };

export function liveReduce(s: LiveState, a: Action): LiveState {
  switch (a.type) {
    case "off":
      return liveInitial;
    case "starting":
      return { status: "starting", sheets: a.sheets, rows: new Map(), last: null };
    case "on":
      return { ...s, status: "on", sheets: a.sheets, catalog: a.catalog, message: undefined };
    case "failed":
      return { ...s, status: "failed", message: a.message };
    case "update": {
      const rows = new Map([...s.rows].filter(([, r]) => !(a.u.full && r.sheet === a.u.sheet)));
      for (const r of a.u.rows) rows.set(rowKey(a.u.sheet, r.row), { sheet: a.u.sheet, check: r });
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
  /** The chosen sheets; empty: the one the engine finds. */
  sheets: string[];
  allSheets?: boolean;
  mapping?: Record<string, string>;
  lang?: Lang;
  /** Changes when a run brings new results: the check restarts and forgets the rows it had. */
  epoch: unknown;
}

const subscribeVisibility = (on: () => void) => {
  document.addEventListener("visibilitychange", on);
  return () => document.removeEventListener("visibilitychange", on);
};
const pageVisible = () => document.visibilityState !== "hidden";

export function useLiveCheck(host: ExcelHost, { enabled, sheets, allSheets, mapping, lang, epoch }: LiveParams): LiveState {
  const [state, dispatch] = useReducer(liveReduce, liveInitial);
  const visible = useSyncExternalStore(subscribeVisibility, pageVisible, () => true);
  const mappingKey = JSON.stringify(mapping ?? {});
  const sheetsKey = JSON.stringify(sheets);
  useEffect(() => {
    const chosen = JSON.parse(sheetsKey) as string[];
    if (!enabled || !visible || (chosen.length === 0 && !allSheets)) {
      dispatch({ type: "off" });
      return;
    }
    let cancelled = false;
    let stop: (() => Promise<void>) | null = null;
    dispatch({ type: "starting", sheets: chosen });
    host
      .startLiveCheck({
        sheets: chosen,
        allSheets,
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
          dispatch({ type: "on", sheets: o.sheets, catalog: o.catalog });
        },
        (e: unknown) => !cancelled && dispatch({ type: "failed", message: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      cancelled = true;
      stop?.().catch(() => undefined);
    };
  }, [host, enabled, visible, sheetsKey, allSheets, mappingKey, lang, epoch]);
  return state;
}
