// The officials' side of the pane (loaded on demand): "Tạo bảng theo dõi", "Áp dụng kiểm tra nhập liệu" and
// "Lưu bộ tiêu chí vào bảng tính", each through the host, each with its own spoken outcome and clickable problems.
import { useEffect, useRef, useState } from "react";
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import type { ClerkSettings, ExcelHost, OfficialsSource, ToolOutcome } from "../../excel/api";
import type { Strings } from "../i18n";
import { CellProblems } from "./CellProblems";
import { CreateSheetForm } from "./CreateSheetForm";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  part: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
  message: { whiteSpace: "pre-line" },
});

type Tool = "create" | "checks" | "catalog";

function Outcome({
  t,
  out,
  testId,
  onSelectCell,
}: {
  t: Strings;
  out: ToolOutcome | undefined;
  testId: string;
  onSelectCell: (sheet: string, cell: string) => void;
}) {
  const s = useStyles();
  return (
    <div role="status" aria-live="polite" data-testid={testId}>
      {out && (
        <MessageBar intent={out.ok ? "success" : "error"} layout="multiline">
          <MessageBarBody className={s.message}>{out.message}</MessageBarBody>
        </MessageBar>
      )}
      {out && !out.ok && out.problems && <CellProblems hint={t.cellProblemsHint} problems={out.problems} onSelect={onSelectCell} />}
    </div>
  );
}

export interface OfficialsToolsProps {
  t: Strings;
  host: ExcelHost;
  settings: ClerkSettings;
  disabled: boolean;
  /** Put the focus on "Tạo bảng theo dõi" when opened (the ribbon button opens the pane here). */
  focusCreate?: boolean;
  /** A tracking sheet was made or given checks: the pane watches it (live check). */
  onSheet: (sheet: string) => void;
  onSelectCell: (sheet: string, cell: string) => void;
}

export default function OfficialsTools({ t, host, settings, disabled, focusCreate, onSheet, onSelectCell }: OfficialsToolsProps) {
  const s = useStyles();
  const [sheets, setSheets] = useState<string[]>([]);
  const [busy, setBusy] = useState<Tool | null>(null);
  const [outcomes, setOutcomes] = useState<Partial<Record<Tool, ToolOutcome>>>({});
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    host.listSheets().then(
      (list) => live && setSheets(list),
      () => undefined,
    );
    if (focusCreate) heading.current?.focus();
    return () => {
      live = false;
    };
  }, [host, focusCreate]);

  const use = async (tool: Tool, go: () => Promise<ToolOutcome>): Promise<ToolOutcome | null> => {
    if (busy) return null;
    setBusy(tool);
    setOutcomes((o) => ({ ...o, [tool]: undefined }));
    let out: ToolOutcome;
    try {
      out = await go();
    } catch (e) {
      out = { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
    setOutcomes((o) => ({ ...o, [tool]: out }));
    setBusy(null);
    if (out.ok && out.sheet) onSheet(out.sheet);
    if (out.ok) host.listSheets().then(setSheets, () => undefined);
    return out;
  };

  return (
    <div className={s.root}>
      <CreateSheetForm
        t={t}
        sheets={sheets}
        busy={busy !== null}
        disabled={disabled}
        headingRef={heading}
        onCreate={(src: OfficialsSource) => use("create", () => host.createTrackingSheet(src))}
      />
      <Outcome t={t} out={outcomes.create} testId="create-outcome" onSelectCell={onSelectCell} />
      <div className={s.part}>
        <Subtitle2 as="h3">{t.checksTitle}</Subtitle2>
        <Caption1 as="p">{t.checksIntro(settings.sheets?.[0])}</Caption1>
        <div>
          <Button
            disabled={disabled}
            disabledFocusable={!disabled && busy !== null}
            onClick={() => void use("checks", () => host.applyChecks(settings))}
          >
            {t.checksButton}
          </Button>
        </div>
        <Outcome t={t} out={outcomes.checks} testId="checks-outcome" onSelectCell={onSelectCell} />
      </div>
      <div className={s.part}>
        <Subtitle2 as="h3">{t.catalogTitle}</Subtitle2>
        <Caption1 as="p">{t.catalogIntro}</Caption1>
        <div>
          <Button
            disabled={disabled}
            disabledFocusable={!disabled && busy !== null}
            onClick={() => void use("catalog", () => host.saveCatalogSheet())}
          >
            {t.catalogButton}
          </Button>
        </div>
        <Outcome t={t} out={outcomes.catalog} testId="catalog-outcome" onSelectCell={onSelectCell} />
      </div>
      {busy && <Caption1 as="p">{t.working}</Caption1>}
    </div>
  );
}
