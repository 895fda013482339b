// Problems tied to cells (the criteria sheet, an officials list): each is a button that selects its cell.
import { Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { CellProblem } from "../../excel/api";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, paddingLeft: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { textAlign: "left" },
});

export function CellProblems({
  hint,
  problems,
  onSelect,
  testId,
}: {
  hint: string;
  problems: CellProblem[];
  onSelect: (sheet: string, cell: string) => void;
  testId?: string;
}) {
  const s = useStyles();
  if (!problems.length) return null;
  return (
    <div data-testid={testId}>
      <Caption1 as="p">{hint}</Caption1>
      <ul className={s.list}>
        {problems.map((p) => (
          <li key={`${p.sheet}!${p.cell}|${p.message}`}>
            <Link as="button" className={s.item} data-cell={p.cell} data-sheet={p.sheet} onClick={() => onSelect(p.sheet, p.cell)}>
              {p.message}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
