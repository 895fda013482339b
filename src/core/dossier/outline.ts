// What a run's dossier holds (§12 "When"), why none is made, and the blanks the settings leave — without building
// the documents: the pane shows it before "Lập hồ sơ", and `buildDossier` follows the same rules.
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

const NO_DOSSIER: Record<NoDossierCause, string> = {
  quota: "Không lập hồ sơ đề nghị khen thưởng: số lượng khen thưởng (chỉ tiêu) đang là 0.",
  eligible:
    "Không lập hồ sơ đề nghị khen thưởng: chưa có cá nhân nào đủ điều kiện (có điểm đạt mức tối thiểu, số liệu không còn lỗi, không bị phản ánh, không vi phạm hoặc đang bị xem xét kỷ luật).",
  none: "Không lập hồ sơ đề nghị khen thưởng: chưa có cá nhân được đề nghị hoặc cần bình xét.",
};

/** Why no document is made, in the clerk's words, from the run's quota and eligible count. */
export const noDossierReason = (quota: number, eligible: number): string => NO_DOSSIER[noDossierCause(quota, eligible)];

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

/** Each blank in the clerk's words (the command line's summary; the pane has its own, in two languages). */
export const BLANK_WORDS: Record<DossierBlank, string> = {
  proposalNumber: "Số tờ trình",
  proposalDate: "Ngày tờ trình",
  signer: "Họ tên người ký tờ trình",
  preparedBy: "Người lập biểu",
  personal: "Ngày sinh, quê quán, nơi thường trú, trình độ, nhiệm vụ được giao và khen thưởng đã nhận của người được đề nghị",
  confirmer: "Họ tên thủ trưởng đơn vị xác nhận báo cáo thành tích",
  meetingTime: "Thời gian họp",
  meetingPlace: "Địa điểm họp",
  chair: "Chủ trì cuộc họp",
  secretary: "Thư ký cuộc họp",
  members: "Thành phần tham dự",
  votes: "Số phiếu đồng ý, tỷ lệ và kết luận của cuộc họp",
  plan: "Số và ngày của kế hoạch phát động phong trào thi đua",
};

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

/** The blanks in the clerk's words (the pane's "còn để trống" list, the command line's summary). */
export const dossierBlanks = (s: DossierSettings, kinds: DocumentKind[], planOwn: boolean): string[] =>
  dossierBlankCodes(s, kinds, planOwn).map((b) => BLANK_WORDS[b]);
