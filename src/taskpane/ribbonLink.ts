// The ribbon and the pane in one runtime (SharedRuntime 1.1): the ribbon's commands tell the pane what they did
// through this link, made once per page by index.tsx; the pane listens while it is mounted. A message sent before
// the pane listens (the page just loaded) is kept and given to the first listener.
import type { RunOutcome } from "../excel/api";
import type { PaneLink } from "../commands/handlers";

export type RibbonMessage =
  { kind: "started" } | { kind: "ended"; outcome: RunOutcome } | { kind: "cleared"; count: number | Error } | { kind: "tools" };

export interface RibbonLink extends PaneLink {
  listen(listener: (m: RibbonMessage) => void): () => void;
}

export function ribbonLink(): RibbonLink {
  const listeners = new Set<(m: RibbonMessage) => void>();
  let waiting: RibbonMessage[] = [];
  const send = (m: RibbonMessage) => {
    if (listeners.size === 0) waiting.push(m);
    for (const l of listeners) l(m);
  };
  return {
    runStarted: () => send({ kind: "started" }),
    runEnded: (outcome) => send({ kind: "ended", outcome }),
    cleared: (count) => send({ kind: "cleared", count }),
    openTools: () => send({ kind: "tools" }),
    listen(listener) {
      listeners.add(listener);
      const kept = waiting;
      waiting = [];
      for (const m of kept) listener(m);
      return () => void listeners.delete(listener);
    },
  };
}
