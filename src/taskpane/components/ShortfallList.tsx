// Criteria short of target, one line each with who is short and at what rate (collapsed by default).
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Lang, Strings } from "../i18n";
import { formatPercent } from "../../core/messages";
import { rowKey, type Shortfall } from "../issues";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function ShortfallList({ t, lang, shortfalls }: { t: Strings; lang: Lang; shortfalls: Shortfall[] }) {
  const s = useStyles();
  if (!shortfalls.length) return <Text as="p">{t.noShortfalls}</Text>;
  return (
    <Accordion multiple collapsible>
      {shortfalls.map((f) => (
        <AccordionItem key={f.code} value={f.code}>
          <AccordionHeader as="h3">{t.shortfallLine(f.code, f.name, f.people.length)}</AccordionHeader>
          <AccordionPanel>
            <ul className={s.list}>
              {f.people.map((p) => (
                <li key={rowKey(p.sheet, p.row)}>
                  {p.name || `${t.colRow} ${p.row}`}
                  {p.rate !== undefined ? ` (${formatPercent(p.rate, lang)})` : ""}
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
