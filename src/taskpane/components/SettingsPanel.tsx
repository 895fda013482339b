// Settings the clerk can change (loaded on demand): the tracking sheets scored together (those found in the
// workbook, ticked; or all), places, minimum score, method, the unit when the sheet's heading names none; saved in
// the workbook.
import { useEffect, useState } from "react";
import { Button, Checkbox, Field, Input, makeStyles, Radio, RadioGroup, Select, Spinner, Text, tokens } from "@fluentui/react-components";
import type { ClerkSettings, ExcelHost, TrackingSheets } from "../../excel/api";
import { METHODS, UNIT_KINDS, type Method } from "../../core/catalog";
import type { Strings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  small: { width: "8em" },
});

export interface SettingsPanelProps {
  t: Strings;
  host: ExcelHost;
  settings: ClerkSettings;
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

/** The tracking sheets of the workbook as checkboxes, and "Chấm tất cả các trang theo dõi". */
function SheetChoice({ t, host, settings, disabled, onChange }: Omit<SettingsPanelProps, "onSave">) {
  const [found, setFound] = useState<TrackingSheets | null>(null);
  const mappingKey = JSON.stringify(settings.mapping ?? {});
  useEffect(() => {
    let live = true;
    host.findTrackingSheets({ mapping: JSON.parse(mappingKey) as Record<string, string> }).then(
      (f) => live && setFound(f),
      (e: unknown) => live && setFound({ ok: false, message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [host, mappingKey]);
  if (!found) return <Spinner size="tiny" label={t.loading} />;
  if (!found.ok) return <Text as="p">{found.message}</Text>;
  const picked = settings.sheets ?? [];
  // nothing chosen yet: the sheet the engine picks shows ticked, as the default it is
  const shown = picked.length ? picked : found.chosen.slice(0, 1);
  // a sheet chosen earlier that is no longer a tracking sheet stays listed, so the clerk can untick it
  const listed = [...found.sheets, ...picked.filter((x) => !found.sheets.includes(x))];
  const all = settings.allSheets === true;
  const toggle = (name: string, on: boolean) => {
    const next = on ? [...shown, name] : shown.filter((x) => x !== name);
    onChange({ sheets: next.length ? listed.filter((x) => next.includes(x)) : undefined });
  };
  return (
    <fieldset style={{ border: "none", margin: 0, padding: 0 }} data-testid="sheet-choice">
      <legend>
        <Text weight="semibold">{t.sheetsLegend}</Text>
      </legend>
      {listed.length === 0 && <Text as="p">{t.sheetsNone}</Text>}
      {listed.map((name) => (
        <div key={name}>
          <Checkbox
            label={found.sheets.includes(name) ? name : t.sheetsGone(name)}
            checked={all || shown.includes(name)}
            disabled={disabled || all}
            onChange={(_, d) => toggle(name, d.checked === true)}
          />
        </div>
      ))}
      {found.sheets.length > 1 && (
        <Checkbox
          label={t.sheetsAll}
          checked={all}
          disabled={disabled}
          onChange={(_, d) => onChange({ allSheets: d.checked === true ? true : undefined })}
        />
      )}
      <Text as="p" size={200}>
        {t.sheetsHint(picked.length === 0 && !all ? found.chosen[0] : undefined)}
      </Text>
    </fieldset>
  );
}

/** The unit named on the outputs when the tracking sheet's heading does not name one (§10). */
function UnitFields({ t, settings, disabled, onChange }: Pick<SettingsPanelProps, "t" | "settings" | "disabled" | "onChange">) {
  const s = useStyles();
  const kind = settings.unit?.kind ?? UNIT_KINDS[0];
  const [name, setName] = useState(settings.unit?.name ?? "");
  useEffect(() => setName(settings.unit?.name ?? ""), [settings.unit?.name]);
  const put = (k: (typeof UNIT_KINDS)[number], n: string) => onChange({ unit: n.trim() ? { kind: k, name: n.trim() } : undefined });
  return (
    <fieldset style={{ border: "none", margin: 0, padding: 0 }}>
      <legend>
        <Text weight="semibold">{t.unitLegend}</Text>
      </legend>
      <div className={s.row}>
        <Field label={t.unitKind}>
          <Select value={kind} disabled={disabled} onChange={(_, d) => put(d.value as (typeof UNIT_KINDS)[number], name)}>
            {UNIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.unitName} hint={t.unitNameHint}>
          <Input
            value={name}
            disabled={disabled}
            onChange={(_, d) => {
              setName(d.value);
              put(kind, d.value);
            }}
          />
        </Field>
      </div>
    </fieldset>
  );
}

export default function SettingsPanel({ t, host, settings, disabled, onChange, onSave }: SettingsPanelProps) {
  const s = useStyles();
  const method = settings.method ?? DEFAULTS.method;
  return (
    <div className={s.root}>
      <SheetChoice t={t} host={host} settings={settings} disabled={disabled} onChange={onChange} />
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
          {METHODS.map((m) => (
            <Radio key={m} value={m} label={t.methods[m]} />
          ))}
        </RadioGroup>
      </Field>
      <UnitFields t={t} settings={settings} disabled={disabled} onChange={onChange} />
      <div>
        <Button onClick={onSave} disabled={disabled}>
          {t.save}
        </Button>
      </div>
    </div>
  );
}
