// Where the add-in's sheets stand among the workbook's tabs once a run or "Lập hồ sơ" has written them: a sheet
// that replaces one of the same name takes its place (the clerk's arrangement is kept); a new one goes right after
// the add-in's sheets that come before it in the order: the run's list and summary, then the dossier's Tờ trình,
// list, báo cáo 1 … n, biên bản (else right
// before those that come after it, else last). The clerk's sheets, renamed or copied ones included, never move.
import { SHEET_NAMES, ownBaseName } from "../read/sheets";

const ORDER = [SHEET_NAMES.nomination, SHEET_NAMES.summary, SHEET_NAMES.proposal, SHEET_NAMES.list, SHEET_NAMES.report, SHEET_NAMES.minutes].map(
  (n) => n.toLowerCase(),
);
const REPORT = ORDER.indexOf(SHEET_NAMES.report.toLowerCase());

/** A sheet of the add-in's place in that order ([kind, number]); null for any other name. */
function rank(name: string): [number, number] | null {
  const base = ownBaseName(name);
  if (base === null) return null;
  const n = /\s(\d+)$/.exec(name.trim().replace(/\s\(\d+\)$/, ""));
  const kind = ORDER.indexOf(base);
  return [kind, kind === REPORT && n ? Number(n[1]) : 0];
}

const cmp = (a: [number, number], b: [number, number]): number => a[0] - b[0] || a[1] - b[1];

/**
 * The workbook's tab order after a write: `before` the tabs as read (with whether each is the add-in's own),
 * `removed` the add-in's sheets the write deletes, `added` the names it writes (in the plan's order).
 */
export function sheetOrder(before: { name: string; own: boolean }[], removed: string[], added: string[]): string[] {
  const key = (n: string) => n.toLowerCase();
  const gone = new Set(removed.map(key));
  const pending = [...added];
  const out: { name: string; own: boolean }[] = [];
  for (const s of before) {
    if (!gone.has(key(s.name))) {
      out.push(s);
      continue;
    }
    const same = pending.findIndex((n) => key(n) === key(s.name));
    if (same >= 0) out.push({ name: pending.splice(same, 1)[0], own: true });
  }
  for (const name of pending) {
    const r = rank(name);
    const ranked = (s: { name: string; own: boolean }) => (s.own ? rank(s.name) : null);
    let at = -1;
    if (r) {
      out.forEach((s, i) => {
        const q = ranked(s);
        if (q && cmp(q, r) <= 0) at = i + 1;
      });
      if (at < 0) at = out.findIndex((s) => !!ranked(s));
    }
    out.splice(at < 0 ? out.length : at, 0, { name, own: true });
  }
  return out.map((s) => s.name);
}
