// The dossier step's pure parts: the sheets a "Lập hồ sơ" of a run will make (§12 "When", the core's outline), and
// the details form as text fields ↔ the settings' dossier part (what the core's schema accepts: trimmed texts of at
// most 200 characters, calendar dates, at most 40 members; a blank field is left out, so the documents show dots).
import { dossierKinds } from "../core/dossier/outline";
import type { DocumentKind } from "../core/dossier/model";
import type { ScoreResult } from "../core/engine";
import { SHEET_NAMES } from "../core/read/sheetNames";
import type { DossierSettings } from "../core/settings";

/** A sheet the dossier will have: its document, its (wanted) name, the person of a báo cáo thành tích. */
export interface PlannedSheet {
  kind: DocumentKind;
  sheet: string;
  person?: string;
}

/** The sheets of a run's dossier, in order; none when there is no one to propose or review. */
export function plannedSheets(result: Pick<ScoreResult, "nominees" | "tieReview">): PlannedSheet[] {
  let report = 0;
  return dossierKinds(result.nominees.length, result.tieReview.length).map((kind) => {
    if (kind === "report") {
      const person = result.nominees[report++].name;
      return { kind, sheet: `${SHEET_NAMES.report} ${report}`, person };
    }
    return { kind, sheet: kind === "proposal" ? SHEET_NAMES.proposal : kind === "list" ? SHEET_NAMES.list : SHEET_NAMES.minutes };
  });
}

/** The form's fields, as typed. */
export interface DossierForm {
  signerName: string;
  deputy: boolean;
  preparedBy: string;
  number: string;
  date: string;
  meetingDate: string;
  meetingTime: string;
  place: string;
  chairName: string;
  chairTitle: string;
  secretaryName: string;
  secretaryTitle: string;
  /** One person a line. */
  members: string;
  confirmerName: string;
  confirmerTitle: string;
}

export const TEXT_MAX = 200;
export const MEMBERS_MAX = 40;

/** The form showing the saved details. */
export function formOf(d: DossierSettings = {}): DossierForm {
  return {
    signerName: d.signer?.name ?? "",
    deputy: d.signer?.deputy === true,
    preparedBy: d.preparedBy ?? "",
    number: d.proposal?.number ?? "",
    date: d.proposal?.date ?? "",
    meetingDate: d.meeting?.date ?? "",
    meetingTime: d.meeting?.time ?? "",
    place: d.meeting?.place ?? "",
    chairName: d.meeting?.chair?.name ?? "",
    chairTitle: d.meeting?.chair?.title ?? "",
    secretaryName: d.meeting?.secretary?.name ?? "",
    secretaryTitle: d.meeting?.secretary?.title ?? "",
    members: (d.meeting?.members ?? []).join("\n"),
    confirmerName: d.confirmer?.name ?? "",
    confirmerTitle: d.confirmer?.title ?? "",
  };
}

/** A text field as the settings keep it: trimmed, at most 200 characters; undefined when blank. */
const text = (s: string): string | undefined => s.trim().slice(0, TEXT_MAX).trim() || undefined;

/** A real calendar date "YYYY-MM-DD" (what a date input gives), else false. */
export function isDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const date = (s: string): string | undefined => (isDate(s) ? s.trim() : undefined);

/** Drop the keys whose value is undefined (and an object left empty): the settings keep only what was given. */
function compact<T extends object>(o: T): T | undefined {
  const out = Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  return Object.keys(out).length ? out : undefined;
}

/** The settings' dossier part from the form: only what is filled in and valid (a wrong date is left out). */
export function dossierOfForm(f: DossierForm): DossierSettings {
  const person = (name: string, title: string) => compact({ name: text(name), title: text(title) });
  const members = f.members
    .split(/\r\n|\n|\r/)
    .map(text)
    .filter((m): m is string => !!m)
    .slice(0, MEMBERS_MAX);
  return (
    compact<DossierSettings>({
      signer: compact({ name: text(f.signerName), deputy: f.deputy ? true : undefined }),
      preparedBy: text(f.preparedBy),
      proposal: compact({ number: text(f.number), date: date(f.date) }),
      meeting: compact({
        date: date(f.meetingDate),
        time: text(f.meetingTime),
        place: text(f.place),
        chair: person(f.chairName, f.chairTitle),
        secretary: person(f.secretaryName, f.secretaryTitle),
        members: members.length ? members : undefined,
      }),
      confirmer: person(f.confirmerName, f.confirmerTitle),
    }) ?? {}
  );
}
