// Settings the clerk can change (loaded on demand): sheet, quota, minimum score, method; saved in the workbook.
import { useEffect, useState } from "react";
import { Button, Field, Input, makeStyles, Radio, RadioGroup, Select, tokens } from "@fluentui/react-components";
import type { ClerkSettings } from "../../excel/api";
import type { Method } from "../../core/catalog";
import type { Strings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  small: { width: "8em" },
});

export interface SettingsPanelProps {
  t: Strings;
  settings: ClerkSettings;
  sheets: string[];
  disabled?: boolean;
  onChange: (patch: ClerkSettings) => void;
  onSave: () => void;
}

const DEFAULTS = { quota: 2, minScore: 80, method: "ty-le-dat" as Method };

/** A whole number ≥ 0 from the input, or undefined (= the plan's default) when blank or unreadable. */
export function readNumber(text: string, max: number): number | undefined {
  const n = Number(text.trim().replace(",", "."));
  if (!text.trim() || !Number.isFinite(n) || n < 0) return undefined;
  return Math.min(max, n);
}

interface NumberFieldProps {
  label: string;
  value: number | undefined;
  fallback: number;
  integer?: boolean;
  disabled?: boolean;
  onValue: (n: number | undefined) => void;
}

/** A number box that lets the clerk clear and retype; blank means the plan's default. */
function NumberField({ label, value, fallback, integer, disabled, onValue }: NumberFieldProps) {
  const s = useStyles();
  const [text, setText] = useState(String(value ?? fallback));
  useEffect(() => {
    setText((old) => (readNumber(old, 100) === value ? old : String(value ?? fallback)));
  }, [value, fallback]);
  return (
    <Field label={label}>
      <Input
        className={s.small}
        type="number"
        min={0}
        max={100}
        step={integer ? 1 : "any"}
        inputMode={integer ? "numeric" : "decimal"}
        value={text}
        disabled={disabled}
        onChange={(_, d) => {
          setText(d.value);
          const n = readNumber(d.value, 100);
          onValue(n === undefined ? undefined : integer ? Math.round(n) : n);
        }}
      />
    </Field>
  );
}

export default function SettingsPanel({ t, settings, sheets, disabled, onChange, onSave }: SettingsPanelProps) {
  const s = useStyles();
  const method = settings.method ?? DEFAULTS.method;
  return (
    <div className={s.root}>
      <Field label={t.sheet}>
        <Select value={settings.sheet ?? ""} onChange={(_, d) => onChange({ sheet: d.value || undefined })} disabled={disabled}>
          <option value="">{t.sheetAuto}</option>
          {sheets.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
          {settings.sheet && !sheets.includes(settings.sheet) && <option value={settings.sheet}>{settings.sheet}</option>}
        </Select>
      </Field>
      <div className={s.row}>
        <NumberField
          label={t.quota}
          value={settings.quota}
          fallback={DEFAULTS.quota}
          integer
          disabled={disabled}
          onValue={(quota) => onChange({ quota })}
        />
        <NumberField
          label={t.minScore}
          value={settings.minScore}
          fallback={DEFAULTS.minScore}
          disabled={disabled}
          onValue={(minScore) => onChange({ minScore })}
        />
      </div>
      <Field label={t.method} hint={t.methodHint[method]}>
        <RadioGroup value={method} onChange={(_, d) => onChange({ method: d.value as Method })} disabled={disabled}>
          {(["ty-le-dat", "ty-le-thuc-hien"] as const).map((m) => (
            <Radio key={m} value={m} label={t.methods[m]} />
          ))}
        </RadioGroup>
      </Field>
      <div>
        <Button onClick={onSave} disabled={disabled}>
          {t.save}
        </Button>
      </div>
    </div>
  );
}
