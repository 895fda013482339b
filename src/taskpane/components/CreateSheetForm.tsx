// "Tạo bảng theo dõi": the officials pasted (Tab-separated lines, checked line by line as they are typed once a
// first attempt failed) or taken from a sheet of the workbook, then the new sheet made through the host.
import { useId, useState, type Ref } from "react";
import { Button, Caption1, Field, makeStyles, Radio, RadioGroup, Select, tokens } from "@fluentui/react-components";
import type { OfficialsSource, ToolOutcome } from "../../excel/api";
import type { Strings } from "../i18n";
import { parseOfficials, type PasteProblem } from "../officialsText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  // a plain <textarea> (Fluent's Textarea would add ~5 KB gzip to a pane on a 250 KB budget), styled like an Input
  area: {
    boxSizing: "border-box",
    width: "100%",
    resize: "vertical",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase300,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  heading: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

export function problemText(t: Strings, p: PasteProblem): string {
  if (p.kind === "no-name") return t.pasteNoName(p.line);
  if (p.kind === "gender") return t.pasteGender(p.line, p.value);
  return t.pasteColumns(p.line, p.count);
}

interface Props {
  t: Strings;
  sheets: string[];
  busy: boolean;
  disabled: boolean;
  headingRef?: Ref<HTMLHeadingElement>;
  onCreate: (source: OfficialsSource) => Promise<ToolOutcome | null>;
}

export function CreateSheetForm({ t, sheets, busy, disabled, headingRef, onCreate }: Props) {
  const s = useStyles();
  const id = useId();
  const [kind, setKind] = useState<"list" | "sheet">("list");
  const [text, setText] = useState("");
  const [sheet, setSheet] = useState("");
  const [tried, setTried] = useState(false);
  const parsed = parseOfficials(text);
  const empty = kind === "list" && tried && parsed.officials.length === 0 && parsed.problems.length === 0;
  const showErrors = kind === "list" && tried && parsed.problems.length > 0;

  const submit = async () => {
    setTried(true);
    if (kind === "sheet") {
      if (sheet) await onCreate({ kind: "sheet", sheet });
      return;
    }
    if (parsed.problems.length || parsed.officials.length === 0) return;
    const out = await onCreate({ kind: "list", officials: parsed.officials });
    if (out?.ok) {
      setText("");
      setTried(false);
    }
  };

  return (
    <div className={s.root} role="group" aria-labelledby={`${id}-title`}>
      <h3 className={s.heading} id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {t.createTitle}
      </h3>
      <Caption1 as="p">{t.createIntro}</Caption1>
      <Field label={t.sourceLabel}>
        <RadioGroup value={kind} onChange={(_, d) => setKind(d.value as "list" | "sheet")} disabled={disabled}>
          <Radio value="list" label={t.sourcePaste} />
          <Radio value="sheet" label={t.sourceSheet} />
        </RadioGroup>
      </Field>
      {kind === "list" ? (
        <Field
          label={t.pasteLabel}
          hint={parsed.officials.length && !showErrors ? `${t.pasteHint} ${t.pasteCount(parsed.officials.length)}` : t.pasteHint}
          validationState={showErrors || empty ? "error" : "none"}
          validationMessage={
            empty ? (
              t.pasteEmpty
            ) : showErrors ? (
              <span data-testid="paste-errors">
                {t.pasteErrorsTitle(parsed.problems.length)}
                <ul className={s.errors}>
                  {parsed.problems.map((p) => (
                    <li key={`${p.line}${p.kind}`}>{problemText(t, p)}</li>
                  ))}
                </ul>
              </span>
            ) : undefined
          }
        >
          {(props) => (
            <textarea
              {...props}
              className={s.area}
              value={text}
              rows={6}
              spellCheck={false}
              disabled={disabled}
              onChange={(e) => setText(e.target.value)}
              data-testid="paste"
            />
          )}
        </Field>
      ) : (
        <Field
          label={t.sheetSource}
          hint={t.sheetSourceHint}
          validationState={tried && !sheet ? "error" : "none"}
          validationMessage={tried && !sheet ? t.sheetChoose : undefined}
        >
          <Select value={sheet} onChange={(_, d) => setSheet(d.value)} disabled={disabled}>
            <option value="">{t.sheetChoose}</option>
            {sheets.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div>
        <Button
          appearance="primary"
          disabled={disabled}
          disabledFocusable={!disabled && busy}
          onClick={() => void submit()}
          data-testid="create-sheet"
        >
          {t.createButton}
        </Button>
      </div>
    </div>
  );
}
