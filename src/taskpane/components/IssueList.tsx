// Data problems grouped by row then criterion; each problem is a button that selects its cell in the sheet.
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, Caption1Strong, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Strings } from "../i18n";
import type { RowGroup } from "../issues";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, paddingLeft: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  group: { marginBottom: tokens.spacingVerticalS },
  issue: { textAlign: "left" },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, marginRight: tokens.spacingHorizontalXS },
});

interface Props {
  t: Strings;
  groups: RowGroup[];
  criterionNames: Record<string, string>;
  onSelect: (cell: string) => void;
}

function groupTitle(t: Strings, codes: string, names: Record<string, string>): string {
  if (!codes) return t.general;
  const first = codes.split(", ")[0];
  return codes.includes(",") ? codes : `${codes} · ${names[first] ?? ""}`;
}

export function IssueList({ t, groups, criterionNames, onSelect }: Props) {
  const s = useStyles();
  if (!groups.length) return <Text as="p">{t.noProblems}</Text>;
  const open = groups.slice(0, 5).map((g) => String(g.row));
  return (
    <>
      <Caption1 as="p">{t.problemsHint}</Caption1>
      <Accordion multiple collapsible defaultOpenItems={open}>
        {groups.map((g) => (
          <AccordionItem key={g.row} value={String(g.row)}>
            <AccordionHeader as="h3">{t.rowHeading(g.row, g.name, g.errors + g.warnings)}</AccordionHeader>
            <AccordionPanel>
              {g.groups.map((c) => (
                <div key={c.codes} className={s.group}>
                  <Caption1Strong as="h4">{groupTitle(t, c.codes, criterionNames)}</Caption1Strong>
                  <ul className={s.list}>
                    {c.issues.map((i) => (
                      <li key={`${i.cell}|${i.code}`}>
                        {i.severity === "warning" && <Caption1Strong className={s.warning}>{t.warning}:</Caption1Strong>}
                        <Link as="button" className={s.issue} onClick={() => onSelect(i.cell)} data-cell={i.cell}>
                          {i.message}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </>
  );
}
