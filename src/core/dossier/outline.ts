// What a run's dossier holds (§12 "When"), why none is made, and the blanks the settings leave — as codes, without
// building the documents or their words (reasons.ts): the pane shows it before "Lập hồ sơ" in its own words, and
// `buildDossier` follows the same rules.
import type { DossierSettings } from "../settings";
import type { DocumentKind } from "./model";

/** The documents made, in order: Tờ trình, list and one báo cáo per nominee need a nominee; the biên bản a nominee
 * or a tie-review candidate. None: nothing is made. */
export function dossierKinds(nominees: number, tieReview: number): DocumentKind[] {
  const kinds: DocumentKind[] = [];
  if (nominees > 0) kinds.push("proposal", "list", ...Array.from({ length: nominees }, () => "report" as const));
  if (nominees > 0 || tieReview > 0) kinds.push("minutes");
  return kinds;
}

/** Why no document is made: no place to propose, no one eligible, or no one proposed or to review. */
export type NoDossierCause = "quota" | "eligible" | "none";

export const noDossierCause = (quota: number, eligible: number): NoDossierCause => (quota <= 0 ? "quota" : eligible === 0 ? "eligible" : "none");

/** A place the documents leave as a dotted blank for lack of settings. */
export type DossierBlank =
  | "proposalNumber"
  | "proposalDate"
  | "signer"
  | "preparedBy"
  | "personal"
  | "confirmer"
  | "meetingTime"
  | "meetingPlace"
  | "chair"
  | "secretary"
  | "members"
  | "votes"
  | "plan";

/** What the documents made leave blank for lack of settings, in order. `planOwn`: the catalog's plan is this
 * unit's (else its number and date are blanks). */
export function dossierBlankCodes(s: DossierSettings, kinds: DocumentKind[], planOwn: boolean): DossierBlank[] {
  const has = (k: DocumentKind) => kinds.includes(k);
  const out: DossierBlank[] = [];
  if (has("proposal")) {
    if (!s.proposal?.number) out.push("proposalNumber");
    if (!s.proposal?.date) out.push("proposalDate");
    if (!s.signer?.name) out.push("signer");
  }
  if (has("list") && !s.preparedBy) out.push("preparedBy");
  if (has("report")) {
    out.push("personal");
    if (!s.confirmer?.name) out.push("confirmer");
  }
  if (has("minutes")) {
    const m = s.meeting ?? {};
    if (!m.date || !m.time) out.push("meetingTime");
    if (!m.place) out.push("meetingPlace");
    if (!m.chair?.name) out.push("chair");
    if (!m.secretary?.name) out.push("secretary");
    if (!m.members?.length) out.push("members");
    out.push("votes");
  }
  if (kinds.length && !planOwn) out.push("plan");
  return out;
}
