// The task pane: title, the one primary action, its progress and result; results, settings and the column
// mapping editor are loaded on demand so the first screen stays light. Talks only to the ExcelHost it is given.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { Button, FluentProvider, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens, webLightTheme } from "@fluentui/react-components";
import type { ExcelHost } from "../excel/api";
import { strings, type Lang, type Strings } from "./i18n";
import { useScoring, type Scoring } from "./useScoring";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { Header } from "./components/Header";
import { RunBar } from "./components/RunBar";

const ResultsPanel = lazy(() => import(/* webpackChunkName: "results", webpackPrefetch: true */ "./components/ResultsPanel"));
const SettingsPanel = lazy(() => import(/* webpackChunkName: "settings" */ "./components/SettingsPanel"));
const MappingEditor = lazy(() => import(/* webpackChunkName: "mapping" */ "./components/MappingEditor"));

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minHeight: "100vh",
    boxSizing: "border-box",
    // Fluent's Text keeps the browser's heading and paragraph margins; the flex gaps space the pane instead.
    "& h1, & h2, & h3, & h4, & p": { marginTop: 0, marginBottom: 0 },
  },
  message: { whiteSpace: "pre-line" },
  settings: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
});

function Loading({ t }: { t: Strings }) {
  return <Spinner size="tiny" label={t.loading} />;
}

function Lazy({ t, children }: { t: Strings; children: ReactNode }) {
  return (
    <ErrorBoundary t={t}>
      <Suspense fallback={<Loading t={t} />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

function Requirements({ t, missing, message }: { t: Strings; missing: string[]; message?: string }) {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="requirements">
      <MessageBarBody>
        <MessageBarTitle>{t.requirementsTitle}</MessageBarTitle>
        {message ?? t.requirementsDefault(missing)}
      </MessageBarBody>
    </MessageBar>
  );
}

/** A failed run: the host's plain message, and the mapping editor when the header was not recognised. */
function Failure({ t, scoring, ready }: { t: Strings; scoring: Scoring; ready: boolean }) {
  const s = useStyles();
  const { run, settings } = scoring.state;
  if (run.phase !== "failed") return null;
  const failure = run.failure;
  // A header not recognised is answered by the mapping editor (its own words replace the host's long list).
  if (failure?.code === "E_NO_HEADER") {
    return (
      <Lazy t={t}>
        <MappingEditor t={t} failure={failure} mapping={settings.mapping ?? {}} disabled={!ready} onApply={(mapping) => void scoring.run({ mapping })} />
      </Lazy>
    );
  }
  return (
    <MessageBar intent="error" layout="multiline" data-testid="run-error">
      <MessageBarBody className={s.message}>
        <MessageBarTitle>{failure?.code === "E_NO_SHEET" ? t.noSheetTitle : t.runFailedTitle}</MessageBarTitle>
        {failure?.code === "E_NO_SHEET" ? t.noSheet(failure.sheet, failure.sheets) : run.message}
      </MessageBarBody>
    </MessageBar>
  );
}

type Req = ReturnType<ExcelHost["checkRequirements"]>;

function Pane({ host, req, scoring }: { host: ExcelHost; req: Req; scoring: Scoring }) {
  const s = useStyles();
  const { state } = scoring;
  const lang: Lang = state.settings.lang === "en" ? "en" : "vi";
  const t = strings(lang);
  const [showSettings, setShowSettings] = useState(false);
  const running = state.run.phase === "running";
  const settingsOpen = showSettings || (state.run.phase === "failed" && state.run.failure?.code === "E_NO_SHEET");

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const selectCell = useCallback(
    (sheet: string, cell: string) => {
      host.selectCell(sheet, cell).catch((e: unknown) => console.error("selectCell", e));
    },
    [host],
  );

  return (
    <main className={s.root}>
      <Header t={t} lang={lang} onLang={(l) => void scoring.save({ lang: l }, true)} />
      {!req.ok && <Requirements t={t} missing={req.missing} message={req.message} />}
      <RunBar t={t} run={state.run} notice={state.notice} ready={req.ok} clearing={state.clearing} onRun={() => void scoring.run()} onClear={() => void scoring.clear()} />
      <Failure t={t} scoring={scoring} ready={req.ok && !running} />
      {state.run.phase === "done" && (
        <Lazy t={t}>
          <ResultsPanel t={t} lang={lang} report={state.run.report} onSelectCell={selectCell} />
        </Lazy>
      )}
      <section className={s.settings} aria-label={t.settingsTitle}>
        <div>
          <Button appearance="subtle" aria-expanded={settingsOpen} aria-controls="settings-panel" onClick={() => setShowSettings(!settingsOpen)}>
            {settingsOpen ? t.settingsHide : t.settingsShow}
          </Button>
        </div>
        <div id="settings-panel" hidden={!settingsOpen}>
          {settingsOpen && (
            <Lazy t={t}>
              <SettingsPanel t={t} settings={state.settings} sheets={state.sheets} disabled={!req.ok || running} onChange={scoring.update} onSave={() => void scoring.save()} />
            </Lazy>
          )}
        </div>
      </section>
    </main>
  );
}

function Stateful({ host }: { host: ExcelHost }) {
  const req: Req = useMemo(() => {
    try {
      return host.checkRequirements();
    } catch (e) {
      return { ok: false, missing: [], message: e instanceof Error ? e.message : String(e) };
    }
  }, [host]);
  const scoring = useScoring(host, req.ok);
  return <Pane host={host} req={req} scoring={scoring} />;
}

/** The whole pane for one host. */
export function App({ host }: { host: ExcelHost }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <ErrorBoundary t={strings("vi")}>
        <Stateful host={host} />
      </ErrorBoundary>
    </FluentProvider>
  );
}

/** Shown when Office.js is not there (the page was opened outside Excel, or the CDN was unreachable). */
export function NoOffice() {
  const t = strings("vi");
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 12 }}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.noOfficeTitle}</MessageBarTitle>
            {t.noOffice}
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
