// The result of a run (loaded on demand): sheets written, the proposal list, the dossier step (its own chunk), problems
// (with the live check's newer rows laid over the run's), shortfalls; and the live check's problems alone when there
// is no run yet.
import { useMemo, type ReactNode } from "react";
import { Caption1, Divider, Link, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import { countErrors } from "../../core/messages";
import type { RunReport } from "../../excel/api";
import type { Lang, Strings } from "../i18n";
import { NO_CATALOG, groupIssues, groupShortfalls, withLive, type CatalogView, type LiveRow } from "../issues";
import { IssueList } from "./IssueList";
import { NomineeList } from "./NomineeList";
import { ShortfallList } from "./ShortfallList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const NO_LIVE: ReadonlyMap<string, LiveRow> = new Map();

export interface ResultsPanelProps {
  t: Strings;
  lang: Lang;
  report: RunReport;
  /** Rows the live check re-checked on the result's sheets since the run. */
  live?: ReadonlyMap<string, LiveRow>;
  onSelectCell: (sheet: string, cell: string) => void;
  /** Open the settings (to set the unit when the catalog's was used). */
  onOpenSettings?: () => void;
  /** The dossier step, shown after the proposal list. */
  dossier?: ReactNode;
}

export default function ResultsPanel({ t, lang, report, live = NO_LIVE, onSelectCell, onOpenSettings, dossier }: ResultsPanelProps) {
  const s = useStyles();
  const { result } = report;
  const catalog: CatalogView = report.catalog ?? NO_CATALOG;
  const rows = useMemo(() => withLive(result.rows, live, result.sheets ? undefined : result.sheet), [result, live]);
  const groups = useMemo(() => groupIssues({ rows }, catalog), [rows, catalog]);
  const shortfalls = useMemo(() => groupShortfalls(result, catalog), [result, catalog]);
  const names = useMemo(() => Object.fromEntries(catalog.criteria.map((c) => [c.code, c.name])), [catalog]);
  const problems = groups.reduce((n, g) => n + g.errors + g.warnings, 0);
  return (
    <section className={s.root} aria-labelledby="results-title">
      <Subtitle2 as="h2" id="results-title">
        {t.resultTitle}
      </Subtitle2>
      {result.sheets && <Caption1 as="p">{t.scoredSheets(result.sheets)}</Caption1>}
      {result.notices.map((n) => (
        <MessageBar key={n.code} intent="warning" layout="multiline" data-testid="notice">
          <MessageBarBody>{n.code === "W_OTHER_SHEETS" ? t.otherSheets(n.sheets) : n.message}</MessageBarBody>
        </MessageBar>
      ))}
      <Caption1 as="p" data-testid="unit">
        {t.unitLine(result.unit)}{" "}
        {result.unit.source === "catalog" && onOpenSettings && (
          <Link as="button" onClick={onOpenSettings}>
            {t.unitSet}
          </Link>
        )}
      </Caption1>
      {report.sheetsWritten.length > 0 && <Caption1 as="p">{t.written(report.sheetsWritten)}</Caption1>}
      <NomineeList t={t} lang={lang} result={result} />
      {dossier && (
        <>
          <Divider />
          {dossier}
        </>
      )}
      <Divider />
      <Subtitle2 as="h2" data-errors={countErrors(rows)}>
        {t.problemsTitle(problems)}
      </Subtitle2>
      <IssueList t={t} groups={groups} criterionNames={names} onSelect={(sheet, cell) => onSelectCell(sheet ?? result.sheet, cell)} />
      <Divider />
      <Subtitle2 as="h2">{t.shortfallsTitle(shortfalls.length)}</Subtitle2>
      <ShortfallList t={t} lang={lang} shortfalls={shortfalls} />
    </section>
  );
}

/** The live check's problems before any run (e.g. officials typing into a new tracking sheet). */
export function LiveProblems({
  t,
  live,
  catalog = NO_CATALOG,
  onSelectCell,
}: {
  t: Strings;
  live: ReadonlyMap<string, LiveRow>;
  catalog?: CatalogView;
  onSelectCell: (sheet: string, cell: string) => void;
}) {
  const s = useStyles();
  const groups = useMemo(() => groupIssues({ rows: withLive([], live) }, catalog), [live, catalog]);
  const only = useMemo(() => new Set([...live.values()].map((r) => r.sheet)), [live]);
  const names = useMemo(() => Object.fromEntries(catalog.criteria.map((c) => [c.code, c.name])), [catalog]);
  const problems = groups.reduce((n, g) => n + g.errors + g.warnings, 0);
  return (
    <section className={s.root} aria-labelledby="live-title" data-testid="live-problems">
      <Subtitle2 as="h2" id="live-title">
        {t.liveTitle(problems)}
      </Subtitle2>
      <IssueList t={t} groups={groups} criterionNames={names} onSelect={(sheet, cell) => onSelectCell(sheet ?? [...only][0] ?? "", cell)} />
    </section>
  );
}
