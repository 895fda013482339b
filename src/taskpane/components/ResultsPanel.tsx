// The result of a run (loaded on demand): sheets written, the proposal list, problems, shortfalls.
import { useMemo } from "react";
import { Caption1, Divider, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { DEFAULT_CATALOG } from "../../core/catalog";
import type { RunReport } from "../../excel/api";
import type { Lang, Strings } from "../i18n";
import { countErrors, groupIssues, groupShortfalls } from "../issues";
import { IssueList } from "./IssueList";
import { NomineeList } from "./NomineeList";
import { ShortfallList } from "./ShortfallList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface ResultsPanelProps {
  t: Strings;
  lang: Lang;
  report: RunReport;
  onSelectCell: (sheet: string, cell: string) => void;
}

export default function ResultsPanel({ t, lang, report, onSelectCell }: ResultsPanelProps) {
  const s = useStyles();
  const { result } = report;
  const groups = useMemo(() => groupIssues(result, DEFAULT_CATALOG), [result]);
  const shortfalls = useMemo(() => groupShortfalls(result, DEFAULT_CATALOG), [result]);
  const names = useMemo(() => Object.fromEntries(DEFAULT_CATALOG.criteria.map((c) => [c.code, c.name])), []);
  const problems = groups.reduce((n, g) => n + g.errors + g.warnings, 0);
  return (
    <section className={s.root} aria-labelledby="results-title">
      <Subtitle2 as="h2" id="results-title">
        {t.resultTitle}
      </Subtitle2>
      {report.sheetsWritten.length > 0 && <Caption1 as="p">{t.written(report.sheetsWritten)}</Caption1>}
      <NomineeList t={t} lang={lang} result={result} />
      <Divider />
      <Subtitle2 as="h2" data-errors={countErrors(result)}>
        {t.problemsTitle(problems)}
      </Subtitle2>
      <IssueList t={t} groups={groups} criterionNames={names} onSelect={(cell) => onSelectCell(result.sheet, cell)} />
      <Divider />
      <Subtitle2 as="h2">{t.shortfallsTitle(shortfalls.length)}</Subtitle2>
      <ShortfallList t={t} lang={lang} shortfalls={shortfalls} />
    </section>
  );
}
