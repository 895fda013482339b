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

/** Why no document is made (no nominee and no tie for the meeting), from the run's quota and eligible count. */
export function noDossierReason(quota: number, eligible: number): string {
  if (quota <= 0) return "Không lập hồ sơ đề nghị khen thưởng: số lượng khen thưởng (chỉ tiêu) đang là 0.";
  if (eligible === 0)
    return "Không lập hồ sơ đề nghị khen thưởng: chưa có cá nhân nào đủ điều kiện (có điểm đạt mức tối thiểu, số liệu không còn lỗi, không bị phản ánh, không vi phạm hoặc đang bị xem xét kỷ luật).";
  return "Không lập hồ sơ đề nghị khen thưởng: chưa có cá nhân được đề nghị hoặc cần bình xét.";
}

/** What the documents made leave blank for lack of settings, in the clerk's words (the pane's "còn để trống" list).
 * `planOwn`: the catalog's plan is this unit's (else its number and date are blanks). */
export function dossierBlanks(s: DossierSettings, kinds: DocumentKind[], planOwn: boolean): string[] {
  const has = (k: DocumentKind) => kinds.includes(k);
  const out: string[] = [];
  if (has("proposal")) {
    if (!s.proposal?.number) out.push("Số tờ trình");
    if (!s.proposal?.date) out.push("Ngày tờ trình");
    if (!s.signer?.name) out.push("Họ tên người ký tờ trình");
  }
  if (has("list") && !s.preparedBy) out.push("Người lập biểu");
  if (has("report")) {
    out.push("Ngày sinh, quê quán, nơi thường trú, trình độ, nhiệm vụ được giao và khen thưởng đã nhận của người được đề nghị");
    if (!s.confirmer?.name) out.push("Họ tên thủ trưởng đơn vị xác nhận báo cáo thành tích");
  }
  if (has("minutes")) {
    const m = s.meeting ?? {};
    if (!m.date || !m.time) out.push("Thời gian họp");
    if (!m.place) out.push("Địa điểm họp");
    if (!m.chair?.name) out.push("Chủ trì cuộc họp");
    if (!m.secretary?.name) out.push("Thư ký cuộc họp");
    if (!m.members?.length) out.push("Thành phần tham dự");
    out.push("Số phiếu đồng ý, tỷ lệ và kết luận của cuộc họp");
  }
  if (kinds.length && !planOwn) out.push("Số và ngày của kế hoạch phát động phong trào thi đua");
  return out;
}
