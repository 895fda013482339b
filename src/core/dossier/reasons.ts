// The outline's reason and blanks (outline.ts) in the clerk's words, as the built dossier and the command line's
// summary say them (the pane has its own words, in two languages).
import type { DossierSettings } from "../settings";
import type { DocumentKind } from "./model";
import { DossierBlank, NoDossierCause, dossierBlankCodes, noDossierCause } from "./outline";

const NO_DOSSIER: Record<NoDossierCause, string> = {
  quota: "Không lập hồ sơ đề nghị khen thưởng: số lượng khen thưởng (chỉ tiêu) đang là 0.",
  eligible:
    "Không lập hồ sơ đề nghị khen thưởng: chưa có cá nhân nào đủ điều kiện (có điểm đạt mức tối thiểu, số liệu không còn lỗi, không bị phản ánh, không vi phạm hoặc đang bị xem xét kỷ luật).",
  none: "Không lập hồ sơ đề nghị khen thưởng: chưa có cá nhân được đề nghị hoặc cần bình xét.",
};

/** Why no document is made, in the clerk's words, from the run's quota and eligible count. */
export const noDossierReason = (quota: number, eligible: number): string => NO_DOSSIER[noDossierCause(quota, eligible)];

/** Each blank in the clerk's words (the command line's summary and the pane's Vietnamese list). */
export const BLANK_WORDS: Record<DossierBlank, string> = {
  proposalNumber: "Số tờ trình",
  proposalDate: "Ngày tờ trình",
  signer: "Họ tên người ký tờ trình và danh sách",
  preparedBy: "Người lập biểu",
  personal: "Ngày sinh, quê quán, nơi thường trú, trình độ, nhiệm vụ được giao và khen thưởng đã nhận của người được đề nghị",
  confirmer: "Họ tên thủ trưởng đơn vị xác nhận báo cáo thành tích",
  meetingTime: "Thời gian họp",
  meetingPlace: "Địa điểm họp",
  chair: "Chủ trì cuộc họp",
  secretary: "Thư ký cuộc họp",
  members: "Thành phần tham dự",
  votes: "Số phiếu đồng ý, tỷ lệ và kết luận của cuộc họp",
  plan: "Số và ngày của kế hoạch phát động phong trào (bộ tiêu chí là của đơn vị khác)",
};

/** The blanks in the clerk's words (the pane's "còn để trống" list, the command line's summary). */
export const dossierBlanks = (s: DossierSettings, kinds: DocumentKind[], planOwn: boolean): string[] =>
  dossierBlankCodes(s, kinds, planOwn).map((b) => BLANK_WORDS[b]);
