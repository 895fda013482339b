// The proposal list (names, score, rank), the "Cần bình xét" list, and why there are fewer than the quota.
import { Caption1, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { ListEntry, ScoreResult } from "../../core/engine";
import type { Lang, Strings } from "../i18n";
import { formatScore } from "../../core/messages";
import { rowKey } from "../issues";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%" },
  cell: {
    textAlign: "left",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  num: { textAlign: "right" },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  reason: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

function EntryTable({ t, lang, caption, entries, testId }: { t: Strings; lang: Lang; caption: string; entries: ListEntry[]; testId: string }) {
  const s = useStyles();
  return (
    <table className={s.table} data-testid={testId}>
      <caption className={s.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={s.cell}>
            {t.colName}
          </th>
          <th scope="col" className={`${s.cell} ${s.num}`}>
            {t.colScore}
          </th>
          <th scope="col" className={`${s.cell} ${s.num}`}>
            {t.colRank}
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={rowKey(e.sheet, e.row)}>
            <th scope="row" className={s.cell}>
              {e.name}
            </th>
            <td className={`${s.cell} ${s.num}`}>{formatScore(e.score, lang)}</td>
            <td className={`${s.cell} ${s.num}`}>{e.rank ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function NomineeList({ t, lang, result }: { t: Strings; lang: Lang; result: ScoreResult }) {
  const s = useStyles();
  const { nominees, tieReview, nomination } = result;
  return (
    <>
      <Subtitle2 as="h2">{t.nomineesTitle}</Subtitle2>
      {nominees.length ? (
        <EntryTable t={t} lang={lang} caption={t.quotaLine(nomination.filled, nomination.quota)} entries={nominees} testId="nominees" />
      ) : (
        <Text as="p">{t.noNominees}</Text>
      )}
      {nomination.filled < nomination.quota && nomination.reason && (
        <Text as="p" className={s.reason}>
          {t.reasons[nomination.reason] ?? nomination.reason}
        </Text>
      )}
      {tieReview.length > 0 && (
        <>
          <Subtitle2 as="h2">{t.tieReviewTitle}</Subtitle2>
          <Caption1 as="p">{t.tieReviewHint}</Caption1>
          <EntryTable t={t} lang={lang} caption={t.tieReviewTitle} entries={tieReview} testId="tie-review" />
        </>
      )}
    </>
  );
}
