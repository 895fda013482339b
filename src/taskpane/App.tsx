// The task pane: title, the one primary action, its progress and result, the live check of the tracking sheets;
// results (with the "Hồ sơ đề nghị khen thưởng" step), the officials' tools, their guide, settings and the column
// mapping editor are loaded on demand so the first screen stays light. Talks only to the ExcelHost it is given; in a shared runtime it also hears what the
// ribbon's commands did (their run's progress and result, "Xóa đánh dấu", "Tạo bảng theo dõi") and shows it.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { ExcelHost } from "../excel/api";
import type { RibbonLink } from "./ribbonLink";
import { strings, type Lang, type Strings } from "./i18n";
import { useLiveCheck } from "./useLiveCheck";
import { useScoring, type Scoring } from "./useScoring";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { Failure, Requirements } from "./components/Failure";
import { Header } from "./components/Header";
import { LiveBar } from "./components/LiveBar";
import { RunBar } from "./components/RunBar";

const ResultsPanel = lazy(() => import(/* webpackChunkName: "results", webpackPrefetch: true */ "./components/ResultsPanel"));
const LiveProblems = lazy(() => import(/* webpackChunkName: "results" */ "./components/ResultsPanel").then((m) => ({ default: m.LiveProblems })));
const SettingsPanel = lazy(() => import(/* webpackChunkName: "settings" */ "./components/SettingsPanel"));
const OfficialsTools = lazy(() => import(/* webpackChunkName: "officials" */ "./components/OfficialsTools"));
const GuidePanel = lazy(() => import(/* webpackChunkName: "guide" */ "./components/GuidePanel"));
const DossierStep = lazy(() => import(/* webpackChunkName: "dossier" */ "./components/DossierStep"));

/** Which part of the pane to open at start (taskpane.html?mo=tao-bang from the ribbon's "Tạo bảng theo dõi"). */
export type OpenAt = "tools" | "guide";

/** `?mo=tao-bang` → the officials' tools; `?mo=huong-dan` → their guide. */
export function openAtOf(search: string): OpenAt | undefined {
  const mo = new URLSearchParams(search).get("mo");
  return mo === "tao-bang" ? "tools" : mo === "huong-dan" ? "guide" : undefined;
}

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
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
});

function Lazy({ t, children }: { t: Strings; children: ReactNode }) {
  return (
    <ErrorBoundary t={t}>
      <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

/** A part of the pane behind a show/hide button; its content is mounted (and loaded) only when open. */
function Disclosure({
  id,
  label,
  show,
  hide,
  open,
  onToggle,
  children,
}: {
  id: string;
  label: string;
  show: string;
  hide: string;
  open: boolean;
  onToggle: () => void;
  children: ReactNode;
}) {
  const s = useStyles();
  return (
    <section className={s.section} aria-label={label}>
      <div>
        <Button appearance="subtle" aria-expanded={open} aria-controls={id} onClick={onToggle}>
          {open ? hide : show}
        </Button>
      </div>
      <div id={id} hidden={!open}>
        {open && children}
      </div>
    </section>
  );
}

type Req = ReturnType<ExcelHost["checkRequirements"]>;

function Pane({ host, req, scoring, openAt, ribbon }: { host: ExcelHost; req: Req; scoring: Scoring; openAt?: OpenAt; ribbon?: RibbonLink }) {
  const s = useStyles();
  const { state } = scoring;
  const lang: Lang = state.settings.lang === "en" ? "en" : "vi";
  const t = strings(lang);
  const [showSettings, setShowSettings] = useState(false);
  const [showTools, setShowTools] = useState(openAt === "tools");
  const [showGuide, setShowGuide] = useState(openAt === "guide");
  const [liveOn, setLiveOn] = useState(true);
  const [known, setKnown] = useState<string[] | null>(null);
  const running = state.run.phase === "running";
  const report = state.run.phase === "done" ? state.run.report : null;
  const settingsOpen = showSettings || (state.run.phase === "failed" && state.run.failure?.code === "E_NO_SHEET");

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  // the ribbon's commands in the same runtime: "Tạo bảng theo dõi" opens the tools (the run itself is scoring's)
  useEffect(() => ribbon?.listen((m) => m.kind === "tools" && setShowTools(true)), [ribbon]);
  // the tracking sheets to watch: the last run's, the one a tool just made, else those chosen in Settings
  useEffect(() => {
    if (report) setKnown(report.result.sheets ?? [report.result.sheet]);
  }, [report]);
  const sheets = known ?? state.settings.sheets ?? [];
  const allSheets = known ? undefined : state.settings.allSheets;
  // off while scoring or clearing (from the pane or the ribbon): both rewrite the highlight rules it also edits
  const live = useLiveCheck(host, {
    enabled: req.ok && liveOn && !running && !state.clearing,
    sheets,
    allSheets,
    mapping: state.settings.mapping,
    lang,
    epoch: report,
  });
  const liveRows = report ? live.rows : undefined;

  const selectCell = useCallback(
    (sheetName: string, cell: string) => {
      host.selectCell(sheetName, cell).catch((e: unknown) => console.error("selectCell", e));
    },
    [host],
  );
  const lazyWrap = (children: ReactNode) => <Lazy t={t}>{children}</Lazy>;
  // the tools and the guide work on one tracking sheet: the first known one
  const onSheet = { ...state.settings, sheets: sheets.length ? [sheets[0]] : undefined };
  const watched = live.sheets.length ? live.sheets : sheets;

  return (
    <main className={s.root}>
      <Header t={t} lang={lang} onLang={(l) => void scoring.save({ lang: l }, true)} />
      {!req.ok && <Requirements t={t} missing={req.missing} message={req.message} />}
      <RunBar
        t={t}
        run={state.run}
        notice={state.notice}
        ready={req.ok}
        clearing={state.clearing}
        onRun={() => void scoring.run()}
        onClear={() => void scoring.clear()}
      />
      <Failure t={t} scoring={scoring} ready={req.ok && !running} lazyWrap={lazyWrap} onSelectCell={selectCell} />
      {req.ok && (watched.length > 0 || allSheets) && <LiveBar t={t} on={liveOn} sheets={watched} live={live} onChange={setLiveOn} />}
      {report &&
        lazyWrap(
          <ResultsPanel
            t={t}
            lang={lang}
            report={report}
            live={liveRows}
            onSelectCell={selectCell}
            onOpenSettings={() => setShowSettings(true)}
            dossier={lazyWrap(
              <DossierStep
                lang={lang}
                host={host}
                report={report}
                settings={state.settings}
                disabled={!req.ok || running}
                onChange={scoring.update}
                onSave={(patch) => scoring.save(patch, true)}
                onSelectCell={selectCell}
              />,
            )}
          />,
        )}
      {!report && live.rows.size > 0 && lazyWrap(<LiveProblems t={t} live={live.rows} catalog={live.catalog} onSelectCell={selectCell} />)}
      <Disclosure
        id="tools-panel"
        label={t.toolsTitle}
        show={t.toolsShow}
        hide={t.toolsHide}
        open={showTools}
        onToggle={() => setShowTools(!showTools)}
      >
        {lazyWrap(
          <OfficialsTools
            t={t}
            host={host}
            settings={onSheet}
            disabled={!req.ok}
            focusCreate={openAt === "tools"}
            onSheet={(made) => setKnown([made])}
            onSelectCell={selectCell}
          />,
        )}
      </Disclosure>
      <Disclosure
        id="guide-panel"
        label={t.guideTitle}
        show={t.guideShow}
        hide={t.guideHide}
        open={showGuide}
        onToggle={() => setShowGuide(!showGuide)}
      >
        {req.ok && lazyWrap(<GuidePanel t={t} host={host} settings={onSheet} onSelectCell={selectCell} />)}
      </Disclosure>
      <Disclosure
        id="settings-panel"
        label={t.settingsTitle}
        show={t.settingsShow}
        hide={t.settingsHide}
        open={settingsOpen}
        onToggle={() => setShowSettings(!settingsOpen)}
      >
        {lazyWrap(
          <SettingsPanel
            t={t}
            host={host}
            settings={state.settings}
            disabled={!req.ok || running}
            onChange={scoring.update}
            onSave={() => void scoring.save()}
          />,
        )}
      </Disclosure>
    </main>
  );
}

function Stateful({ host, openAt, ribbon }: { host: ExcelHost; openAt?: OpenAt; ribbon?: RibbonLink }) {
  const req: Req = useMemo(() => {
    try {
      return host.checkRequirements();
    } catch (e) {
      return { ok: false, missing: [], message: e instanceof Error ? e.message : String(e) };
    }
  }, [host]);
  const scoring = useScoring(host, req.ok, ribbon);
  return <Pane host={host} req={req} scoring={scoring} openAt={openAt} ribbon={ribbon} />;
}

/** The whole pane for one host; `openAt` opens the officials' tools or their guide at start; `ribbon` is the link
 * to the ribbon's commands when they share the pane's runtime. */
export function App({ host, openAt, ribbon }: { host: ExcelHost; openAt?: OpenAt; ribbon?: RibbonLink }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <ErrorBoundary t={strings("vi")}>
        <Stateful host={host} openAt={openAt} ribbon={ribbon} />
      </ErrorBoundary>
    </FluentProvider>
  );
}

/** The ribbon's message in a dialog (hosts without a shared runtime): the message alone, read aloud. */
export function MessagePage({ text }: { text: string }) {
  const t = strings("vi");
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 12 }}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody style={{ whiteSpace: "pre-line" }} role="alert">
            <MessageBarTitle>{t.runFailedTitle}</MessageBarTitle>
            {text}
          </MessageBarBody>
        </MessageBar>
      </main>
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
