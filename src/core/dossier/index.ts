// The dossier of §12 from a run: which documents are made ("When"), the reason when none is, the blanks left.
import { Dossier, DossierDocument } from "./model";
import { DossierInput } from "./parts";
import { listDocument, proposalDocument } from "./proposal";
import { minutesDocument } from "./minutes";
import { reportDocument } from "./report";
import { planWords } from "./legal";

export type { DossierInput } from "./parts";
export * from "./model";
export { reportFile } from "./report";

/** What the settings leave blank, in the clerk's words (for the pane's "còn để trống" list). */
function blanksOf(input: DossierInput, made: DossierDocument[]): string[] {
  const s = input.settings;
  const has = (k: DossierDocument["kind"]) => made.some((d) => d.kind === k);
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
  if (made.length && !planWords(input.catalog, input.unit).own) out.push("Số và ngày của kế hoạch phát động phong trào thi đua");
  return out;
}

/** The documents of §12 for a run: Tờ trình, list and báo cáo need a nominee; the biên bản a nominee or a tie. */
export function buildDossier(input: DossierInput): Dossier {
  const { nominees, tieReview } = input.nomination;
  const documents: DossierDocument[] = [];
  const notes: string[] = [];
  if (nominees.length) {
    documents.push(proposalDocument(input), listDocument(input), ...nominees.map((r, i) => reportDocument(input, r, i + 1)));
  } else if (tieReview.length) {
    notes.push(
      `Chưa lập tờ trình, danh sách và báo cáo thành tích: chưa có cá nhân được đề nghị; cuộc họp bình xét lựa chọn trong ${tieReview.length} cá nhân cần bình xét.`,
    );
  }
  if (nominees.length || tieReview.length) documents.push(minutesDocument(input));
  const reason = documents.length ? null : noDocumentReason(input);
  if (reason) notes.push(reason);
  return { documents, reason, notes, blanks: blanksOf(input, documents) };
}

/** Why nothing is made: no nominee and no tie for the meeting. */
function noDocumentReason(input: DossierInput): string {
  const eligible = input.rows.filter((r) => r.eligible).length;
  if (input.nomination.quota <= 0) return "Không lập hồ sơ đề nghị khen thưởng: số lượng khen thưởng (chỉ tiêu) đang là 0.";
  if (eligible === 0)
    return "Không lập hồ sơ đề nghị khen thưởng: chưa có cá nhân nào đủ điều kiện (có điểm đạt mức tối thiểu, số liệu không còn lỗi, không bị phản ánh, không vi phạm hoặc đang bị xem xét kỷ luật).";
  return "Không lập hồ sơ đề nghị khen thưởng: chưa có cá nhân được đề nghị hoặc cần bình xét.";
}
