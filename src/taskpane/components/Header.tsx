// The pane's title line and the small language switch.
import { Button, Caption1, makeStyles, Title3, tokens } from "@fluentui/react-components";
import type { Lang, Strings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "flex-start", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  text: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  title: { margin: 0 },
});

export function Header({ t, lang, onLang }: { t: Strings; lang: Lang; onLang: (l: Lang) => void }) {
  const s = useStyles();
  const other: Lang = lang === "vi" ? "en" : "vi";
  return (
    <header className={s.root}>
      <div className={s.text}>
        <Title3 as="h1" className={s.title}>
          {t.title}
        </Title3>
        <Caption1>{t.subtitle}</Caption1>
      </div>
      <Button size="small" appearance="subtle" lang={other} title={t.langSwitchLabel} onClick={() => onLang(other)}>
        {t.langSwitch}
      </Button>
    </header>
  );
}
