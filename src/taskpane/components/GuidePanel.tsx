// "Hướng dẫn nhập liệu" for the officials (loaded on demand): whose row is which (a button goes to it), that hidden
// and filtered-out rows are scored too, what each column means — criterion, target, the plan's words, what to
// type — and what the orange and red cells mean.
import { useEffect, useState } from "react";
import { Caption1, Caption1Strong, Link, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import type { ClerkSettings, ExcelHost, GuideOutcome } from "../../excel/api";
import type { Strings } from "../i18n";
import { CellProblems } from "./CellProblems";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  table: { borderCollapse: "collapse", width: "100%" },
  cell: {
    textAlign: "left",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  inner: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  color: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  swatch: { flexShrink: 0, width: "1.25em", height: "1.25em", border: `1px solid ${tokens.colorNeutralStroke1}`, marginTop: "0.1em" },
});

export interface GuidePanelProps {
  t: Strings;
  host: ExcelHost;
  settings: ClerkSettings;
  onSelectCell: (sheet: string, cell: string) => void;
}

export default function GuidePanel({ t, host, settings, onSelectCell }: GuidePanelProps) {
  const s = useStyles();
  const [out, setOut] = useState<GuideOutcome | null>(null);
  const sheet = settings.sheets?.[0];
  const mappingKey = JSON.stringify(settings.mapping ?? {});
  useEffect(() => {
    let live = true;
    setOut(null);
    host.readGuide({ sheets: sheet ? [sheet] : undefined, mapping: JSON.parse(mappingKey) as Record<string, string> }).then(
      (o) => live && setOut(o),
      (e: unknown) => live && setOut({ ok: false, message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [host, sheet, mappingKey]);

  if (!out) return <Spinner size="tiny" label={t.loading} />;
  if (!out.ok) {
    return (
      <div role="status">
        <Text as="p">{out.message}</Text>
        {out.problems && <CellProblems hint={t.cellProblemsHint} problems={out.problems} onSelect={onSelectCell} />}
      </div>
    );
  }
  const g = out.guide;
  return (
    <div className={s.root} data-testid="guide">
      <Caption1 as="p">{g.planTitle}</Caption1>
      <h3 className={s.heading}>{t.guideRowTitle}</h3>
      <Text as="p">{g.sheet && g.rows ? t.guideRow(g.sheet, g.nameColumn, g.rows.first, g.rows.last) : t.guideNoSheet}</Text>
      <Text as="p" data-testid="guide-hidden-rows">
        {t.guideHiddenRows}
      </Text>
      {g.sheet && g.people.length > 0 && (
        <table className={s.table}>
          <caption className={s.caption}>{t.guidePeople}</caption>
          <thead>
            <tr>
              <th scope="col" className={s.cell}>
                {t.colName}
              </th>
              <th scope="col" className={s.cell}>
                {t.colRow}
              </th>
            </tr>
          </thead>
          <tbody>
            {g.people.map((p) => (
              <tr key={p.row}>
                <th scope="row" className={s.cell}>
                  {p.name}
                </th>
                <td className={s.cell}>
                  <Link as="button" aria-label={`${t.colRow} ${p.row} · ${p.name}`} onClick={() => onSelectCell(g.sheet!, `${g.nameColumn}${p.row}`)}>
                    {p.row}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 className={s.heading}>{t.guideColsTitle}</h3>
      <ul className={s.list}>
        {g.columns.map((c) => (
          <li key={c.letter}>
            <Caption1Strong block>{t.guideColumn(c.letter, c.header)}</Caption1Strong>
            {c.criteria.length > 0 && (
              <ul className={s.inner}>
                {c.criteria.map((x) => (
                  <li key={x.code}>
                    <Caption1 block>{`${x.code}. ${x.name} (${t.guideTarget(x.target)}): “${x.plan}”`}</Caption1>
                  </li>
                ))}
              </ul>
            )}
            <Caption1 as="p" block>{`${t.guideHow} ${c.how}`}</Caption1>
          </li>
        ))}
      </ul>
      <h3 className={s.heading}>{t.guideColorsTitle}</h3>
      <p className={s.color}>
        <span className={s.swatch} style={{ backgroundColor: g.colors.shortfall }} aria-hidden="true" />
        <Text>{t.colorShortfall}</Text>
      </p>
      <p className={s.color}>
        <span className={s.swatch} style={{ backgroundColor: g.colors.error }} aria-hidden="true" />
        <Text>{t.colorError}</Text>
      </p>
      <Caption1 as="p">{t.guideLock}</Caption1>
    </div>
  );
}
