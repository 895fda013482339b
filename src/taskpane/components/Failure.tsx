// What stops a run, said plainly: Excel too old (requirements), a failed run with the host's message, the
// criteria sheet's wrong cells as buttons that select them, and the mapping editor when no header was recognised.
import { lazy, type ReactNode } from "react";
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Strings } from "../i18n";
import type { Scoring } from "../useScoring";
import { CellProblems } from "./CellProblems";

const MappingEditor = lazy(() => import(/* webpackChunkName: "mapping" */ "./MappingEditor"));

const useStyles = makeStyles({
  message: { whiteSpace: "pre-line" },
});

export function Requirements({ t, missing, message }: { t: Strings; missing: string[]; message?: string }) {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="requirements">
      <MessageBarBody>
        <MessageBarTitle>{t.requirementsTitle}</MessageBarTitle>
        {message ?? t.requirementsDefault(missing)}
      </MessageBarBody>
    </MessageBar>
  );
}

interface FailureProps {
  t: Strings;
  scoring: Scoring;
  ready: boolean;
  lazyWrap: (children: ReactNode) => ReactNode;
  onSelectCell: (sheet: string, cell: string) => void;
}

/** A failed run: the host's plain message, and the mapping editor when the header was not recognised. */
export function Failure({ t, scoring, ready, lazyWrap, onSelectCell }: FailureProps) {
  const s = useStyles();
  const { run, settings } = scoring.state;
  if (run.phase !== "failed") return null;
  const failure = run.failure;
  // A header not recognised is answered by the mapping editor (its own words replace the host's long list).
  if (failure?.code === "E_NO_HEADER") {
    return lazyWrap(
      <MappingEditor
        t={t}
        failure={failure}
        mapping={settings.mapping ?? {}}
        disabled={!ready}
        onApply={(mapping) => void scoring.run({ mapping })}
      />,
    );
  }
  return (
    <>
      <MessageBar intent="error" layout="multiline" data-testid="run-error">
        <MessageBarBody className={s.message}>
          <MessageBarTitle>{failure?.code === "E_NO_SHEET" ? t.noSheetTitle : t.runFailedTitle}</MessageBarTitle>
          {failure?.code === "E_NO_SHEET" ? t.noSheet(failure.sheet, failure.sheets) : run.message}
        </MessageBarBody>
      </MessageBar>
      {run.problems && <CellProblems hint={t.catalogProblemsHint} problems={run.problems} onSelect={onSelectCell} testId="run-problems" />}
    </>
  );
}
