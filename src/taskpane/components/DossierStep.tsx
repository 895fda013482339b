// The "Hồ sơ đề nghị khen thưởng" step after a run (loaded on demand): what "Lập hồ sơ" will make, the blanks the
// documents will leave, the details printed on them (saved in the workbook's settings), one button, its progress and
// what it made (each sheet a link that opens it). When there is nothing to make, it says why and offers no button.
import { useEffect, useId, useMemo, useRef, useState } from "react";
import {
  Button,
  Caption1,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { dossierBlankCodes, noDossierCause } from "../../core/dossier/outline";
import type { ClerkSettings, DossierOutcome, ExcelHost, ProgressStep, RunReport } from "../../excel/api";
import type { Lang } from "../i18n";
import { dossierStrings, type DossierStrings } from "../dossierText";
import { dossierOfForm, formOf, plannedSheets, type DossierForm, type PlannedSheet } from "../dossierForm";
import { CellProblems } from "./CellProblems";
import { DossierDetails } from "./DossierDetails";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  status: { minHeight: "1.5em", fontWeight: tokens.fontWeightSemibold },
  links: { listStyleType: "none", margin: 0, paddingLeft: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  link: { textAlign: "left" },
});

export interface DossierStepProps {
  lang: Lang;
  host: ExcelHost;
  report: RunReport;
  settings: ClerkSettings;
  /** Excel cannot run the add-in, or a run is going on. */
  disabled?: boolean;
  /** The settings as they are edited (the pane's state). */
  onChange: (patch: ClerkSettings) => void;
  /** Remember settings in the workbook; false when that failed. */
  onSave: (patch: ClerkSettings) => Promise<boolean>;
  /** Select a cell (A1 of a sheet made, or a cell of a problem). */
  onSelectCell: (sheet: string, cell: string) => void;
}

type Phase =
  | { phase: "idle" }
  | { phase: "running"; step: ProgressStep; fraction: number }
  | { phase: "done"; outcome: Extract<DossierOutcome, { ok: true }> }
  | { phase: "failed"; outcome: Extract<DossierOutcome, { ok: false }> };

const sheetLine = (d: DossierStrings, p: PlannedSheet, report: RunReport): string => {
  const { nominees, tieReview } = report.result;
  if (p.kind === "proposal") return d.proposal(p.sheet);
  if (p.kind === "list") return d.list(nominees.length, p.sheet);
  if (p.kind === "report") return d.report(p.person ?? "", p.sheet);
  return d.minutes(
    nominees.map((n) => n.name),
    tieReview.map((n) => n.name),
    p.sheet,
  );
};

/** Whether "Lập hồ sơ" scored the same people as the run the pane shows. */
const samePeople = (a: RunReport["result"], b: RunReport["result"]): boolean => {
  const key = (r: RunReport["result"]) => JSON.stringify([r.nominees, r.tieReview].map((xs) => xs.map((x) => [x.sheet, x.row, x.name, x.score])));
  return key(a) === key(b);
};

export default function DossierStep({ lang, host, report, settings, disabled, onChange, onSave, onSelectCell }: DossierStepProps) {
  const s = useStyles();
  const d = dossierStrings(lang);
  const formId = useId();
  const [form, setForm] = useState<DossierForm>(() => formOf(settings.dossier));
  const [showForm, setShowForm] = useState(false);
  const [saved, setSaved] = useState<boolean | null>(null);
  const [state, setState] = useState<Phase>({ phase: "idle" });
  const busy = useRef(false);

  // the saved details, loaded after the pane opened or changed by the ribbon, replace the form unless they are its own
  const savedKey = JSON.stringify(settings.dossier ?? {});
  useEffect(() => {
    setForm((old) => (JSON.stringify(dossierOfForm(old)) === savedKey ? old : formOf(JSON.parse(savedKey))));
  }, [savedKey]);
  // a new run: what an earlier "Lập hồ sơ" said no longer holds
  useEffect(() => setState({ phase: "idle" }), [report]);

  const planned = useMemo(() => plannedSheets(report.result), [report]);
  const blanks = useMemo(
    () =>
      dossierBlankCodes(
        dossierOfForm(form),
        planned.map((p) => p.kind),
        report.dossier?.planOwn ?? true,
      ),
    [form, planned, report],
  );
  const existing = report.dossier?.existing ?? [];
  const running = state.phase === "running";

  const edit = (f: DossierForm) => {
    setForm(f);
    setSaved(null);
    onChange({ dossier: dossierOfForm(f) });
  };
  const save = async () => setSaved(await onSave({ dossier: dossierOfForm(form) }));
  const make = async () => {
    if (busy.current) return;
    busy.current = true;
    const dossier = dossierOfForm(form);
    setState({ phase: "running", step: "read", fraction: 0 });
    try {
      await onSave({ dossier }); // remembering is a convenience: the dossier is made with these details anyway
      const outcome = await host.makeDossier({ ...settings, dossier }, (step, fraction) => setState({ phase: "running", step, fraction }));
      setState(outcome.ok ? { phase: "done", outcome } : { phase: "failed", outcome });
    } catch (e) {
      setState({ phase: "failed", outcome: { ok: false, message: e instanceof Error ? e.message : String(e) } });
    } finally {
      busy.current = false;
    }
  };

  const heading = (
    <Subtitle2 as="h2" id="dossier-title">
      {d.title}
    </Subtitle2>
  );
  if (planned.length === 0) {
    const cause = noDossierCause(report.result.nomination.quota, report.result.rows.filter((r) => r.eligible).length);
    return (
      <section className={s.root} aria-labelledby="dossier-title" data-testid="dossier">
        {heading}
        <MessageBar intent="info" layout="multiline" data-testid="dossier-none">
          <MessageBarBody>{d.nothing[cause]}</MessageBarBody>
        </MessageBar>
      </section>
    );
  }

  return (
    <section className={s.root} aria-labelledby="dossier-title" data-testid="dossier">
      {heading}
      <Caption1 as="p">{d.intro}</Caption1>
      {existing.length > 0 && state.phase !== "done" && (
        <MessageBar intent="warning" layout="multiline" data-testid="dossier-existing">
          <MessageBarBody>{d.existing(existing)}</MessageBarBody>
        </MessageBar>
      )}
      <Text as="p" weight="semibold">
        {d.willMake}
      </Text>
      <ul className={s.list} data-testid="dossier-planned">
        {planned.map((p) => (
          <li key={p.sheet}>{sheetLine(d, p, report)}</li>
        ))}
      </ul>
      {!planned.some((p) => p.kind === "proposal") && <Caption1 as="p">{d.tieOnly}</Caption1>}
      {blanks.length > 0 && (
        <>
          <Text as="p" weight="semibold">
            {d.blanksTitle}
          </Text>
          <ul className={s.list} data-testid="dossier-blanks">
            {blanks.map((b) => (
              <li key={b}>{d.blanks[b]}</li>
            ))}
          </ul>
        </>
      )}
      <div>
        <Button appearance="subtle" aria-expanded={showForm} aria-controls={formId} onClick={() => setShowForm(!showForm)}>
          {d.formTitle}
        </Button>
      </div>
      <div id={formId} hidden={!showForm}>
        {showForm && (
          <>
            <DossierDetails d={d} form={form} disabled={disabled || running} onForm={edit} />
            <div style={{ marginTop: tokens.spacingVerticalM }}>
              <Button disabled={disabled} disabledFocusable={!disabled && running} onClick={() => void save()}>
                {d.save}
              </Button>
            </div>
            <Text as="p" role="status" aria-live="polite" data-testid="dossier-saved">
              {saved === null ? "" : saved ? d.saved : d.saveFailed}
            </Text>
          </>
        )}
      </div>
      <div>
        <Button
          appearance="primary"
          disabled={disabled}
          disabledFocusable={!disabled && running}
          onClick={() => void make()}
          data-testid="make-dossier"
        >
          {d.make}
        </Button>
      </div>
      {state.phase === "running" && (
        <Field label={d.progressLabel} validationState="none">
          <ProgressBar thickness="large" value={state.fraction > 0 ? state.fraction : undefined} max={1} />
        </Field>
      )}
      {/* progress, then what was made or why not: read out as it changes */}
      <div role="status" aria-live="polite" data-testid="dossier-status">
        {state.phase === "running" && <Text className={s.status}>{d.steps[state.step]}</Text>}
        {state.phase === "done" && (
          <Text as="p" className={s.status}>
            {state.outcome.made.length ? d.made(state.outcome.made.length) : (state.outcome.reason ?? "")}
          </Text>
        )}
        {state.phase === "failed" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{d.failedTitle}</MessageBarTitle>
              {state.outcome.message}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {state.phase === "done" && (
        <div data-testid="dossier-made">
          <ul className={s.links}>
            {state.outcome.made.map((m) => (
              <li key={m.sheet}>
                <Link as="button" className={s.link} title={d.open(m.sheet)} data-sheet={m.sheet} onClick={() => onSelectCell(m.sheet, "A1")}>
                  {m.sheet}
                </Link>
              </li>
            ))}
          </ul>
          {!samePeople(state.outcome.result, report.result) && (
            <MessageBar intent="warning" layout="multiline" data-testid="dossier-changed">
              <MessageBarBody>{d.changed}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
      {state.phase === "failed" && state.outcome.problems && (
        <CellProblems hint={d.cellProblemsHint} problems={state.outcome.problems} onSelect={onSelectCell} />
      )}
      <Caption1 as="p">{d.word}</Caption1>
    </section>
  );
}
