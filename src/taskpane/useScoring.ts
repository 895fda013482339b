// The pane's state and the only calls it makes: everything goes through the ExcelHost it is given. A run started
// from the ribbon in the same runtime lands here too (its progress, then its result or its message).
import { useCallback, useEffect, useReducer, useRef } from "react";
import type { CellProblem, ClerkSettings, ExcelHost, ProgressStep, RunOutcome, RunReport } from "../excel/api";
import type { LayoutFailure } from "../core/read/layout";
import type { RibbonLink } from "./ribbonLink";

export type RunState =
  | { phase: "idle" }
  | { phase: "running"; step: ProgressStep; fraction: number }
  | { phase: "done"; report: RunReport }
  | { phase: "failed"; message: string; failure?: LayoutFailure; problems?: CellProblem[] };

export type Notice = { kind: "cleared"; count: number } | { kind: "saved" } | { kind: "error"; message: string } | null;

export interface PaneState {
  settings: ClerkSettings;
  run: RunState;
  notice: Notice;
  clearing: boolean;
}

type Action =
  | { type: "settings"; patch: ClerkSettings }
  | { type: "run"; run: RunState }
  | { type: "progress"; step: ProgressStep; fraction: number }
  | { type: "notice"; notice: Notice }
  | { type: "clearing"; on: boolean };

export const initialState: PaneState = { settings: {}, run: { phase: "idle" }, notice: null, clearing: false };

export function reduce(s: PaneState, a: Action): PaneState {
  switch (a.type) {
    case "settings":
      return { ...s, settings: { ...s.settings, ...a.patch } };
    case "run":
      return { ...s, run: a.run, notice: a.run.phase === "running" ? null : s.notice };
    case "progress":
      return s.run.phase === "running" ? { ...s, run: { phase: "running", step: a.step, fraction: a.fraction } } : s;
    case "notice":
      return { ...s, notice: a.notice };
    case "clearing":
      return { ...s, clearing: a.on };
  }
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** A run's outcome as the pane's run state. */
const runState = (outcome: RunOutcome): RunState =>
  outcome.ok
    ? { phase: "done", report: outcome.report }
    : { phase: "failed", message: outcome.message, failure: outcome.failure, problems: outcome.problems };

export interface Scoring {
  state: PaneState;
  run(patch?: ClerkSettings): Promise<void>;
  clear(): Promise<void>;
  update(patch: ClerkSettings): void;
  /** Remember settings in the workbook; quiet = no "saved" notice (e.g. the language switch); false when it failed. */
  save(patch?: ClerkSettings, quiet?: boolean): Promise<boolean>;
}

/** Loads the remembered settings once, then runs, clears and saves on request; shows what the
 * ribbon's commands did when they share the runtime (`ribbon`). */
export function useScoring(host: ExcelHost, enabled = true, ribbon?: RibbonLink): Scoring {
  const [state, dispatch] = useReducer(reduce, initialState);
  const settingsRef = useRef(state.settings);
  settingsRef.current = state.settings;
  const busy = useRef(false);

  useEffect(
    () =>
      ribbon?.listen((m) => {
        if (m.kind === "started") dispatch({ type: "run", run: { phase: "running", step: "read", fraction: 0 } });
        if (m.kind === "ended") {
          dispatch({ type: "run", run: runState(m.outcome) });
          // the ribbon ran with the settings saved in the workbook: the pane shows the same ones
          if (m.outcome.ok && m.outcome.report.settings) dispatch({ type: "settings", patch: m.outcome.report.settings });
        }
        if (m.kind === "cleared")
          dispatch({
            type: "notice",
            notice: m.count instanceof Error ? { kind: "error", message: m.count.message } : { kind: "cleared", count: m.count },
          });
      }),
    [ribbon],
  );

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    host.loadSettings().then(
      (s) => live && dispatch({ type: "settings", patch: s }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host, enabled]);

  const update = useCallback((patch: ClerkSettings) => {
    settingsRef.current = { ...settingsRef.current, ...patch };
    dispatch({ type: "settings", patch });
  }, []);

  const save = useCallback(
    async (patch: ClerkSettings = {}, quiet = false) => {
      const next = { ...settingsRef.current, ...patch };
      settingsRef.current = next;
      dispatch({ type: "settings", patch });
      try {
        await host.saveSettings(next);
        if (!quiet) dispatch({ type: "notice", notice: { kind: "saved" } });
        return true;
      } catch (e) {
        dispatch({ type: "notice", notice: { kind: "error", message: messageOf(e) } });
        return false;
      }
    },
    [host],
  );

  const run = useCallback(
    async (patch: ClerkSettings = {}) => {
      if (busy.current) return;
      busy.current = true;
      const next = { ...settingsRef.current, ...patch };
      settingsRef.current = next;
      dispatch({ type: "settings", patch });
      dispatch({ type: "run", run: { phase: "running", step: "read", fraction: 0 } });
      try {
        await host.saveSettings(next).catch(() => undefined); // remembering is a convenience; scoring goes on
        const outcome = await host.scoreWorkbook(next, (step, fraction) => dispatch({ type: "progress", step, fraction }));
        dispatch({ type: "run", run: runState(outcome) });
      } catch (e) {
        dispatch({ type: "run", run: { phase: "failed", message: messageOf(e) } });
      } finally {
        busy.current = false;
      }
    },
    [host],
  );

  const clear = useCallback(async () => {
    dispatch({ type: "clearing", on: true });
    try {
      const count = await host.clearHighlights();
      dispatch({ type: "notice", notice: { kind: "cleared", count } });
    } catch (e) {
      dispatch({ type: "notice", notice: { kind: "error", message: messageOf(e) } });
    } finally {
      dispatch({ type: "clearing", on: false });
    }
  }, [host]);

  return { state, run, clear, update, save };
}
