// Every word of the "Hồ sơ đề nghị khen thưởng" step, Vietnamese first and English second (like i18n.ts, whose
// words the first screen loads; these load with the step).
import type { NoDossierCause } from "../core/dossier/outline";
import { BLANK_WORDS } from "../core/dossier/reasons";
import type { Lang } from "../core/messages";
import type { ProgressStep } from "../excel/api";

const quoted = (xs: string[]) => xs.map((x) => `“${x}”`).join(", ");

const vi = {
  title: "Hồ sơ đề nghị khen thưởng",
  intro:
    "Lập dự thảo các văn bản trình khen thưởng theo kết quả chấm: mỗi văn bản một trang tính, in ngay được trên khổ A4 (thể thức theo Nghị định 30/2020/NĐ-CP). Chỗ phần mềm chưa biết để dấu chấm (…) để điền tay, hoặc nhập ở phần thông tin dưới đây.",
  willMake: "Sẽ lập các trang:",
  proposal: (sheet: string) => `Tờ trình đề nghị khen thưởng — trang “${sheet}”`,
  list: (n: number, sheet: string) => `Danh sách kèm Tờ trình (${n} cá nhân) — trang “${sheet}”`,
  report: (name: string, sheet: string) => `Báo cáo thành tích của ${name} — trang “${sheet}”`,
  minutes: (nominees: string[], tie: string[], sheet: string) =>
    `Biên bản họp bình xét với ${[...(nominees.length ? [`${nominees.join(", ")} (được đề nghị)`] : []), ...(tie.length ? [`${tie.join(", ")} (cần bình xét)`] : [])].join("; ")} — trang “${sheet}”`,
  tieOnly:
    "Chưa có cá nhân được đề nghị: chỉ lập biên bản họp bình xét, để cuộc họp chọn trong số người cần bình xét; tờ trình, danh sách và báo cáo thành tích lập sau khi có người được đề nghị.",
  existing: (sheets: string[]) => `Các trang hồ sơ lập trước đó (${quoted(sheets)}) chưa theo kết quả lần chấm này: bấm “Lập hồ sơ” để lập lại.`,
  blanksTitle: "Còn để trống trên văn bản (điền tay sau khi in, hoặc nhập ở phần thông tin dưới đây):",
  blanks: BLANK_WORDS,
  nothing: {
    quota: "Không lập hồ sơ: số suất đề nghị (chỉ tiêu) đang là 0. Sửa “Số suất đề nghị” trong Cài đặt rồi chấm điểm lại.",
    eligible:
      "Không lập hồ sơ: chưa có ai đủ điều kiện đề nghị (có điểm đạt mức tối thiểu, không còn lỗi số liệu, không bị phản ánh, không vi phạm hay đang bị xem xét kỷ luật).",
    none: "Không lập hồ sơ: chưa có cá nhân được đề nghị hoặc cần bình xét.",
  } as Record<NoDossierCause, string>,
  formTitle: "Thông tin ghi trên hồ sơ",
  formHint: "Lưu trong sổ làm việc: mọi người dùng chung sổ và nút Chấm điểm trên thanh công cụ đều dùng thông tin này.",
  signerLegend: "Người ký tờ trình và danh sách",
  signerName: "Họ và tên người ký",
  deputy: "Phó Chủ tịch ký thay (KT. Chủ tịch)",
  preparedBy: "Người lập biểu (danh sách)",
  proposalLegend: "Tờ trình",
  number: "Số tờ trình",
  numberHint: "Chỉ phần số, ví dụ 15 (in thành “Số: 15/TTr-UBND”).",
  date: "Ngày tờ trình",
  dateHint: "Để trống thì ngày trên văn bản để dấu chấm để điền tay.",
  meetingLegend: "Cuộc họp bình xét",
  meetingDate: "Ngày họp",
  meetingTime: "Giờ họp",
  meetingTimeHint: "Ví dụ: 14 giờ 00",
  place: "Địa điểm họp",
  chairName: "Chủ trì — họ và tên",
  chairTitle: "Chủ trì — chức vụ",
  secretaryName: "Thư ký — họ và tên",
  secretaryTitle: "Thư ký — chức vụ",
  members: "Thành phần tham dự (mỗi người một dòng)",
  membersHint: "Ví dụ: Ông Nguyễn Văn A, Phó Chủ tịch UBND xã.",
  confirmerLegend: "Xác nhận báo cáo thành tích",
  confirmerName: "Thủ trưởng đơn vị — họ và tên",
  confirmerTitle: "Thủ trưởng đơn vị — chức vụ",
  confirmerTitleHint: "Để trống: Chủ tịch.",
  dateInvalid: "Ngày chưa đúng: chọn ngày trong lịch (ngày/tháng/năm).",
  save: "Lưu thông tin hồ sơ",
  saved: "Đã lưu thông tin hồ sơ vào sổ làm việc.",
  saveFailed: "Chưa lưu được thông tin hồ sơ vào sổ làm việc.",
  make: "Lập hồ sơ",
  progressLabel: "Tiến độ lập hồ sơ",
  steps: { read: "Đang đọc bảng…", compute: "Đang lập các văn bản…", write: "Đang ghi các trang hồ sơ…", done: "Đã xong." } as Record<
    ProgressStep,
    string
  >,
  made: (n: number) => `Đã lập ${n} trang hồ sơ. Bấm tên trang để mở:`,
  open: (sheet: string) => `Mở trang “${sheet}”`,
  changed:
    "Số liệu đã thay đổi từ lần chấm gần nhất: hồ sơ được lập theo số liệu hiện tại. Bấm “Chấm điểm & Xếp hạng” để cập nhật bảng theo dõi và danh sách.",
  failedTitle: "Chưa lập được hồ sơ",
  cellProblemsHint: "Bấm vào một lỗi để chọn ô đó.",
  word: "Bản Word (.docx) của cùng các văn bản do công cụ dòng lệnh của Thi đua CCHC lập (tùy chọn --dossier). Trong Excel, in các trang hồ sơ bằng Tệp › In.",
};

export type DossierStrings = typeof vi;

const en: DossierStrings = {
  title: "Proposal dossier (Hồ sơ đề nghị khen thưởng)",
  intro:
    "Drafts the documents that propose the awards from the result: each document on a sheet of its own, ready to print on A4 (the form of Decree 30/2020). What the add-in cannot know is left as dots (…) to fill in by hand, or in the details below.",
  willMake: "Sheets to be made:",
  proposal: (sheet: string) => `Proposal (Tờ trình) — sheet “${sheet}”`,
  list: (n: number, sheet: string) => `List sent with the proposal (${n} ${n === 1 ? "person" : "people"}) — sheet “${sheet}”`,
  report: (name: string, sheet: string) => `Achievement report (báo cáo thành tích) of ${name} — sheet “${sheet}”`,
  minutes: (nominees: string[], tie: string[], sheet: string) =>
    `Minutes of the review meeting (biên bản họp bình xét) with ${[...(nominees.length ? [`${nominees.join(", ")} (proposed)`] : []), ...(tie.length ? [`${tie.join(", ")} (for the meeting to decide)`] : [])].join("; ")} — sheet “${sheet}”`,
  tieOnly:
    "Nobody is proposed yet: only the minutes of the review meeting are made, for the meeting to choose among the people with equal scores; the proposal, the list and the reports follow once someone is proposed.",
  existing: (sheets: string[]) =>
    `Dossier sheets made before (${quoted(sheets)}) do not follow this run's result: press “Make the dossier” to make them again.`,
  blanksTitle: "Left blank on the documents (fill in by hand after printing, or in the details below):",
  blanks: {
    proposalNumber: "The proposal's number",
    proposalDate: "The proposal's date",
    signer: "Name of who signs the proposal and the list",
    preparedBy: "Who prepared the list",
    personal: "Date of birth, home town, residence, education, duties and past awards of each person proposed",
    confirmer: "Name of the head of unit confirming the achievement reports",
    meetingTime: "Time of the meeting",
    meetingPlace: "Place of the meeting",
    chair: "Who chairs the meeting",
    secretary: "The meeting's secretary",
    members: "Who attends",
    votes: "Votes in favour, their share and the meeting's conclusion",
    plan: "Number and date of the plan launching the movement (the criteria are another unit's)",
  },
  nothing: {
    quota: "No dossier: the number of places (quota) is 0. Change “Places to propose” in Settings and score again.",
    eligible: "No dossier: nobody qualifies yet (a score at least the minimum, no data errors left, no complaint, no discipline or pending review).",
    none: "No dossier: nobody is proposed or left for the review meeting.",
  },
  formTitle: "Details printed on the dossier",
  formHint: "Kept in the workbook: everyone sharing it, and the ribbon's Score button, use these details.",
  signerLegend: "Who signs the proposal and the list",
  signerName: "Name of the signer",
  deputy: "A Vice Chairman signs on behalf (KT. Chủ tịch)",
  preparedBy: "Prepared by (the list's người lập biểu)",
  proposalLegend: "Proposal (Tờ trình)",
  number: "Proposal number",
  numberHint: "The number only, e.g. 15 (printed “Số: 15/TTr-UBND”).",
  date: "Proposal date",
  dateHint: "Blank: the date is left as dots to fill in by hand.",
  meetingLegend: "Review meeting",
  meetingDate: "Meeting date",
  meetingTime: "Meeting time",
  meetingTimeHint: "For example: 14 giờ 00",
  place: "Place",
  chairName: "Chair — name",
  chairTitle: "Chair — position",
  secretaryName: "Secretary — name",
  secretaryTitle: "Secretary — position",
  members: "Attending (one person per line)",
  membersHint: "For example: Ông Nguyễn Văn A, Phó Chủ tịch UBND xã.",
  confirmerLegend: "Confirmation of the achievement reports",
  confirmerName: "Head of unit — name",
  confirmerTitle: "Head of unit — position",
  confirmerTitleHint: "Blank: Chairman (Chủ tịch).",
  dateInvalid: "Not a date: pick one in the calendar.",
  save: "Save the dossier details",
  saved: "Dossier details saved in the workbook.",
  saveFailed: "Could not save the dossier details in the workbook.",
  make: "Make the dossier",
  progressLabel: "Dossier progress",
  steps: { read: "Reading the sheet…", compute: "Drafting the documents…", write: "Writing the dossier's sheets…", done: "Done." },
  made: (n: number) => `${n} dossier ${n === 1 ? "sheet" : "sheets"} made. Select a name to open it:`,
  open: (sheet: string) => `Open the sheet “${sheet}”`,
  changed:
    "The figures changed since the last scoring: the dossier follows the figures as they are now. Press “Score & Rank” to bring the tracking sheet and the list up to date.",
  failedTitle: "Could not make the dossier",
  cellProblemsHint: "Select a problem to go to its cell.",
  word: "Word files (.docx) of the same documents come from Thi đua CCHC's command line (--dossier). In Excel, print the dossier's sheets with File › Print.",
};

export function dossierStrings(lang: Lang | undefined): DossierStrings {
  return lang === "en" ? en : vi;
}
