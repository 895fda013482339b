// The details "Lập hồ sơ" prints on the documents (signer, người lập biểu, the Tờ trình's number and date, the review
// meeting, the head of unit confirming the báo cáo): labelled fields in fieldsets, a wrong date said at the field.
import { useId, type ReactNode } from "react";
import { Caption1, Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { DossierStrings } from "../dossierText";
import { TEXT_MAX, isDate, type DossierForm } from "../dossierForm";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  area: { width: "100%", boxSizing: "border-box", fontFamily: "inherit", fontSize: tokens.fontSizeBase300, padding: tokens.spacingHorizontalS },
});

function TextField({
  label,
  hint,
  value,
  disabled,
  type = "text",
  invalid,
  onValue,
}: {
  label: string;
  hint?: string;
  value: string;
  disabled?: boolean;
  type?: "text" | "date";
  invalid?: string;
  onValue: (v: string) => void;
}) {
  return (
    <Field label={label} hint={hint} validationState={invalid ? "error" : "none"} validationMessage={invalid}>
      <Input type={type} value={value} maxLength={TEXT_MAX} disabled={disabled} onChange={(_, d) => onValue(d.value)} />
    </Field>
  );
}

function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  const s = useStyles();
  return (
    <fieldset className={s.fieldset}>
      <legend className={s.legend}>{legend}</legend>
      {children}
    </fieldset>
  );
}

/** The details printed on the documents. */
export function DossierDetails({
  d,
  form,
  disabled,
  onForm,
}: {
  d: DossierStrings;
  form: DossierForm;
  disabled?: boolean;
  onForm: (f: DossierForm) => void;
}) {
  const s = useStyles();
  const membersId = useId();
  const set = (k: keyof DossierForm) => (v: string) => onForm({ ...form, [k]: v });
  const badDate = (v: string) => (v.trim() && !isDate(v) ? d.dateInvalid : undefined);
  return (
    <div className={s.form} data-testid="dossier-form">
      <Caption1 as="p">{d.formHint}</Caption1>
      <Fieldset legend={d.signerLegend}>
        <TextField label={d.signerName} value={form.signerName} disabled={disabled} onValue={set("signerName")} />
        <Checkbox label={d.deputy} checked={form.deputy} disabled={disabled} onChange={(_, x) => onForm({ ...form, deputy: x.checked === true })} />
        <TextField label={d.preparedBy} value={form.preparedBy} disabled={disabled} onValue={set("preparedBy")} />
      </Fieldset>
      <Fieldset legend={d.proposalLegend}>
        <TextField label={d.number} hint={d.numberHint} value={form.number} disabled={disabled} onValue={set("number")} />
        <TextField
          label={d.date}
          hint={d.dateHint}
          type="date"
          value={form.date}
          disabled={disabled}
          invalid={badDate(form.date)}
          onValue={set("date")}
        />
      </Fieldset>
      <Fieldset legend={d.meetingLegend}>
        <TextField
          label={d.meetingDate}
          type="date"
          value={form.meetingDate}
          disabled={disabled}
          invalid={badDate(form.meetingDate)}
          onValue={set("meetingDate")}
        />
        <TextField label={d.meetingTime} hint={d.meetingTimeHint} value={form.meetingTime} disabled={disabled} onValue={set("meetingTime")} />
        <TextField label={d.place} value={form.place} disabled={disabled} onValue={set("place")} />
        <TextField label={d.chairName} value={form.chairName} disabled={disabled} onValue={set("chairName")} />
        <TextField label={d.chairTitle} value={form.chairTitle} disabled={disabled} onValue={set("chairTitle")} />
        <TextField label={d.secretaryName} value={form.secretaryName} disabled={disabled} onValue={set("secretaryName")} />
        <TextField label={d.secretaryTitle} value={form.secretaryTitle} disabled={disabled} onValue={set("secretaryTitle")} />
        <Field label={d.members} hint={d.membersHint}>
          {(props) => (
            <textarea
              {...props}
              id={props.id ?? membersId}
              className={s.area}
              rows={4}
              value={form.members}
              disabled={disabled}
              onChange={(e) => set("members")(e.target.value)}
            />
          )}
        </Field>
      </Fieldset>
      <Fieldset legend={d.confirmerLegend}>
        <TextField label={d.confirmerName} value={form.confirmerName} disabled={disabled} onValue={set("confirmerName")} />
        <TextField
          label={d.confirmerTitle}
          hint={d.confirmerTitleHint}
          value={form.confirmerTitle}
          disabled={disabled}
          onValue={set("confirmerTitle")}
        />
      </Fieldset>
    </div>
  );
}
