// The "Kiểm tra tức thì" switch (on by default) and its spoken status: which sheet is watched, what the last
// re-check found, or why it could not start. A native checkbox with role="switch" (Fluent's Switch would add
// ~5 KB gzip to the first screen), labelled and focus-visible like the rest of the pane.
import { useId } from "react";
import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Strings } from "../i18n";
import type { LiveState } from "../useLiveCheck";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  // drawn as a switch: a track with a knob that moves right and turns the brand colour when on
  box: {
    appearance: "none",
    position: "relative",
    flexShrink: 0,
    width: "40px",
    height: "20px",
    margin: 0,
    borderRadius: "10px",
    border: `1px solid ${tokens.colorNeutralStrokeAccessible}`,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: "pointer",
    "::before": {
      content: '""',
      position: "absolute",
      top: "3px",
      left: "3px",
      width: "12px",
      height: "12px",
      borderRadius: "50%",
      backgroundColor: tokens.colorNeutralForeground3,
      transitionProperty: "left",
      transitionDuration: tokens.durationFaster,
    },
    ":checked": { backgroundColor: tokens.colorBrandBackground, border: `1px solid ${tokens.colorBrandBackground}` },
    ":checked::before": { left: "23px", backgroundColor: tokens.colorNeutralForegroundOnBrand },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  label: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, cursor: "pointer" },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

function statusText(t: Strings, live: LiveState): string {
  if (live.status === "starting") return t.liveStarting;
  if (live.status === "failed") return live.message ?? "";
  if (live.status !== "on" || live.sheets.length === 0) return "";
  return live.last ? t.liveChecked(live.last.rows, live.last.problems) : t.liveOn(live.sheets);
}

export function LiveBar({
  t,
  on,
  sheets,
  live,
  onChange,
}: {
  t: Strings;
  on: boolean;
  sheets: string[];
  live: LiveState;
  onChange: (on: boolean) => void;
}) {
  const s = useStyles();
  const id = useId();
  return (
    <div className={s.root}>
      <div className={s.row}>
        <input
          id={id}
          type="checkbox"
          role="switch"
          className={s.box}
          checked={on}
          aria-checked={on}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onChange(e.target.checked)}
          data-testid="live-switch"
        />
        <label htmlFor={id} className={s.label}>
          {t.liveSwitch}
        </label>
      </div>
      <Caption1 as="p" id={`${id}-hint`}>
        {t.liveHint(sheets)}
      </Caption1>
      <Text as="p" role="status" aria-live="polite" className={live.status === "failed" ? s.failed : undefined} data-testid="live-status">
        {on ? statusText(t, live) : ""}
      </Text>
    </div>
  );
}
