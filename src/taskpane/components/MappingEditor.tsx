// When the header is not recognised: which fields were found, which are missing, and a column letter per missing field.
import { useMemo, useState } from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { DEFAULT_CATALOG } from "../../core/catalog";
import type { LayoutFailure } from "../../core/read/layout";
import type { Strings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  grid: { display: "grid", gridTemplateColumns: "1fr", gap: tokens.spacingVerticalS },
  letter: { width: "5em" },
});

export interface MappingEditorProps {
  t: Strings;
  failure: LayoutFailure;
  mapping: Record<string, string>;
  disabled?: boolean;
  onApply: (mapping: Record<string, string>) => void;
}

const LETTERS = /^[A-Z]{1,3}$/;

/** Blank is allowed (the field stays unmapped); otherwise 1–3 letters, case ignored. */
export function validLetter(v: string): boolean {
  const x = v.trim().toUpperCase();
  return x === "" || LETTERS.test(x);
}

export default function MappingEditor({ t, failure, mapping, disabled, onApply }: MappingEditorProps) {
  const s = useStyles();
  const fields = useMemo(() => new Map(DEFAULT_CATALOG.fields.map((f) => [f.id, f])), []);
  const [letters, setLetters] = useState<Record<string, string>>(() => Object.fromEntries(failure.missing.map((id) => [id, mapping[id] ?? ""])));
  const label = (id: string) => fields.get(id)?.label ?? id;
  const header = (id: string) => fields.get(id)?.header ?? id;
  const invalid = Object.values(letters).some((v) => !validLetter(v));
  const apply = () => {
    const entered = Object.fromEntries(
      Object.entries(letters)
        .map(([id, v]) => [id, v.trim().toUpperCase()] as const)
        .filter(([, v]) => v !== ""),
    );
    onApply({ ...mapping, ...entered });
  };
  return (
    <section className={s.root} aria-labelledby="mapping-title" data-testid="mapping-editor">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id="mapping-title">{t.mappingTitle}</MessageBarTitle>
          {failure.found.length ? t.mappingIntro(failure.sheet) : t.mappingNoHeader}
        </MessageBarBody>
      </MessageBar>
      {/* With no header row found, the core has no row to apply column letters to: only the advice above helps. */}
      {failure.found.length > 0 && (
        <>
          <Subtitle2 as="h2">{t.mappingFound}</Subtitle2>
          <Text as="p">{failure.found.map(label).join(", ")}</Text>
          <Subtitle2 as="h2">{t.mappingMissing}</Subtitle2>
          <form
            className={s.grid}
            onSubmit={(e) => {
              e.preventDefault();
              if (!invalid) apply();
            }}
          >
            {failure.missing.map((id) => (
              <Field
                key={id}
                label={t.mappingColumn(label(id))}
                hint={header(id) !== label(id) ? <Caption1>{header(id)}</Caption1> : undefined}
                validationState={validLetter(letters[id] ?? "") ? "none" : "error"}
                validationMessage={validLetter(letters[id] ?? "") ? undefined : t.mappingInvalid}
              >
                <Input
                  className={s.letter}
                  value={letters[id] ?? ""}
                  maxLength={3}
                  autoComplete="off"
                  spellCheck={false}
                  disabled={disabled}
                  data-field={id}
                  onChange={(_, d) => setLetters((old) => ({ ...old, [id]: d.value }))}
                />
              </Field>
            ))}
            <div>
              <Button appearance="primary" type="submit" disabled={disabled || invalid}>
                {t.mappingApply}
              </Button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
