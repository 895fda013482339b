// Data problems grouped by row then criterion; each problem is a button that selects its cell in the sheet. The first
// five rows start open; a row that appears later (the live check found a new problem) opens too.
import { useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Caption1Strong,
  Link,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { Strings } from "../i18n";
import { rowKey, type RowGroup } from "../issues";

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
  /** Select a problem's cell on its row's sheet (undefined: the run's only sheet). */
  onSelect: (sheet: string | undefined, cell: string) => void;
}

function groupTitle(t: Strings, codes: string, names: Record<string, string>): string {
  if (!codes) return t.general;
  const first = codes.split(", ")[0];
  return codes.includes(",") ? codes : `${codes} · ${names[first] ?? ""}`;
}

/** Open rows: the first five at first, then every row not seen before; the clerk's own opening and closing kept. */
function useOpenRows(groups: RowGroup[]): [string[], (value: string, open: boolean) => void] {
  const rows = groups.map((g) => rowKey(g.sheet, g.row));
  const [state, setState] = useState(() => ({ seen: new Set(rows), open: rows.slice(0, 5) }));
  const fresh = rows.filter((r) => !state.seen.has(r));
  // adjusting state to new props during render (React's documented pattern): new rows open at once
  if (fresh.length) setState((st) => ({ seen: new Set([...st.seen, ...fresh]), open: [...st.open, ...fresh.filter((r) => !st.open.includes(r))] }));
  const toggle = (value: string, isOpen: boolean) =>
    setState((st) => ({ ...st, open: isOpen ? [...st.open.filter((x) => x !== value), value] : st.open.filter((x) => x !== value) }));
  return [state.open, toggle];
}

export function IssueList({ t, groups, criterionNames, onSelect }: Props) {
  const s = useStyles();
  const [open, toggle] = useOpenRows(groups);
  if (!groups.length) return <Text as="p">{t.noProblems}</Text>;
  return (
    <>
      <Caption1 as="p">{t.problemsHint}</Caption1>
      <Accordion multiple collapsible openItems={open} onToggle={(_, d) => toggle(String(d.value), d.openItems.includes(d.value))}>
        {groups.map((g) => (
          <AccordionItem key={rowKey(g.sheet, g.row)} value={rowKey(g.sheet, g.row)}>
            <AccordionHeader as="h3">{t.rowHeading(g.row, g.name, g.errors + g.warnings, g.sheet)}</AccordionHeader>
            <AccordionPanel>
              {g.groups.map((c) => (
                <div key={c.codes} className={s.group}>
                  <Caption1Strong as="h4">{groupTitle(t, c.codes, criterionNames)}</Caption1Strong>
                  <ul className={s.list}>
                    {c.issues.map((i) => (
                      <li key={`${i.cell}|${i.code}`}>
                        {i.severity === "warning" && <Caption1Strong className={s.warning}>{t.warning}:</Caption1Strong>}
                        <Link as="button" className={s.issue} onClick={() => onSelect(g.sheet, i.cell)} data-cell={i.cell}>
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
