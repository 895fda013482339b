// The primary action, the secondary "Xóa đánh dấu", the progress bar and the spoken status line.
import { Button, Field, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import type { Strings } from "../i18n";
import type { Notice, RunState } from "../useScoring";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  status: { minHeight: "1.5em", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  notice: { color: tokens.colorNeutralForeground2 },
  noticeError: { color: tokens.colorPaletteRedForeground1 },
});

interface Props {
  t: Strings;
  run: RunState;
  notice: Notice;
  ready: boolean;
  clearing: boolean;
  onRun: () => void;
  onClear: () => void;
}

function statusText(t: Strings, run: RunState): string {
  if (run.phase === "running") return t.steps[run.step];
  if (run.phase === "done") return run.report.summaryText;
  if (run.phase === "failed") {
    if (run.failure?.code === "E_NO_HEADER") return `${t.runFailedTitle}: ${t.mappingTitle}`;
    if (run.failure?.code === "E_NO_SHEET") return `${t.runFailedTitle}: ${t.noSheetTitle}`;
    return `${t.runFailedTitle}: ${run.message}`;
  }
  return "";
}

function noticeText(t: Strings, n: Notice): string {
  if (!n) return "";
  if (n.kind === "cleared") return t.cleared(n.count);
  if (n.kind === "saved") return t.saved;
  return n.message;
}

export function RunBar({ t, run, notice, ready, clearing, onRun, onClear }: Props) {
  const s = useStyles();
  const running = run.phase === "running";
  return (
    <div className={s.root}>
      <div className={s.actions}>
        {/* While a run goes on the buttons stay focusable (disabledFocusable): focus is not thrown back to the page. */}
        <Button appearance="primary" size="large" disabled={!ready} disabledFocusable={ready && running} onClick={onRun} data-testid="run">
          {t.run}
        </Button>
        <Button appearance="secondary" size="large" disabled={!ready} disabledFocusable={ready && (running || clearing)} onClick={onClear}>
          {t.clear}
        </Button>
      </div>
      {running && (
        <Field label={t.progressLabel} validationState="none">
          <ProgressBar thickness="large" value={run.fraction > 0 ? run.fraction : undefined} max={1} />
        </Field>
      )}
      <Text as="p" role="status" aria-live="polite" aria-atomic="true" className={s.status} data-testid="status">
        {statusText(t, run)}
      </Text>
      <Text as="p" role="status" aria-live="polite" className={notice?.kind === "error" ? s.noticeError : s.notice}>
        {noticeText(t, notice)}
      </Text>
    </div>
  );
}
