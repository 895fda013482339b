// Every word the task pane shows, Vietnamese first (the administration's own words) and English second.
// Problem messages and the run summary come from the core (src/core/messages.ts), not from here; the words of the
// "Hồ sơ đề nghị khen thưởng" step are in dossierText.ts, loaded with that step.
import type { Lang } from "../core/messages";
import type { Unit } from "../core/read/unit";
import type { ProgressStep } from "../excel/api";

export type { Lang } from "../core/messages";
const quoted = (sheets: string[]) => sheets.map((x) => `“${x}”`).join(", ");

const vi = {
  title: "Thi đua CCHC",
  subtitle: "Chấm điểm, xếp hạng và lập danh sách đề nghị khen thưởng",
  langSwitch: "English",
  langSwitchLabel: "Chuyển sang tiếng Anh (Switch to English)",
  run: "Chấm điểm & Xếp hạng",
  clear: "Xóa đánh dấu",
  cleared: (n: number) => (n > 0 ? `Đã xóa ${n} đánh dấu của phần mềm; định dạng của bạn được giữ nguyên.` : "Không có đánh dấu nào để xóa."),
  steps: { read: "Đang đọc bảng…", compute: "Đang chấm điểm…", write: "Đang ghi kết quả…", done: "Đã xong." } as Record<ProgressStep, string>,
  progressLabel: "Tiến độ chấm điểm",
  loading: "Đang tải…",
  requirementsTitle: "Phiên bản Excel này chưa dùng được phần bổ trợ",
  requirementsDefault: (missing: string[]) =>
    `Phiên bản Excel đang dùng còn thiếu: ${missing.join(", ")}. Vui lòng cập nhật Microsoft 365 hoặc dùng Excel trên web.`,
  runFailedTitle: "Chưa chấm được",
  crashTitle: "Bảng điều khiển gặp lỗi",
  crashBody: "Dữ liệu trong bảng tính không bị thay đổi. Bấm “Thử lại”; nếu vẫn lỗi, đóng và mở lại bảng điều khiển.",
  retry: "Thử lại",
  resultTitle: "Kết quả",
  written: (sheets: string[]) => `Đã ghi kết quả vào: ${sheets.join(", ")}.`,
  problemsTitle: (n: number) => `Lỗi số liệu cần sửa (${n})`,
  noProblems: "Không có lỗi số liệu.",
  problemsHint: "Bấm vào một lỗi để chọn ô đó trong bảng.",
  rowHeading: (row: number, name: string, n: number, sheet?: string) =>
    `${sheet ? `${sheet} · ` : ""}Dòng ${row}${name ? ` · ${name}` : ""} — ${n} vấn đề`,
  general: "Thông tin chung",
  warning: "Cảnh báo",
  error: "Lỗi",
  shortfallsTitle: (n: number) => `Tiêu chí chưa đạt chỉ tiêu (${n})`,
  noShortfalls: "Mọi tiêu chí áp dụng đều đạt chỉ tiêu.",
  shortfallLine: (code: string, name: string, people: number) => `${code} ${name}: ${people} người chưa đạt`,
  nomineesTitle: "Đề nghị tặng Giấy khen",
  noNominees: "Chưa có ai đủ điều kiện đề nghị.",
  tieReviewTitle: "Cần bình xét",
  tieReviewHint: "Bằng điểm tại suất cuối — Hội đồng họp bình xét quyết định.",
  colName: "Họ và tên",
  colScore: "Điểm",
  colRank: "Xếp hạng",
  colRow: "Dòng",
  quotaLine: (filled: number, quota: number) => `Đã đề nghị ${filled}/${quota} suất.`,
  reasons: {
    "tie-review": "Còn người bằng điểm ở suất cuối: danh sách “Cần bình xét” do cuộc họp bình xét quyết định.",
    "not-enough-eligible": "Không đủ người đủ điều kiện (có điểm, không lỗi số liệu, không bị phản ánh hay kỷ luật, đạt điểm tối thiểu).",
  } as Record<string, string>,
  settingsTitle: "Cài đặt",
  settingsShow: "Hiện cài đặt",
  settingsHide: "Ẩn cài đặt",
  sheetsLegend: "Trang theo dõi được chấm",
  sheetsAll: "Chấm tất cả các trang theo dõi",
  sheetsHint: (auto: string | undefined) =>
    `Các trang được đánh dấu được chấm chung: một bảng xếp hạng, một danh sách đề nghị.${auto ? ` Không đánh dấu trang nào thì phần mềm chấm trang “${auto}”.` : ""}`,
  sheetsNone: "Chưa tìm thấy trang theo dõi nào (cần cột “Họ và tên” và ít nhất một cột tiêu chí).",
  sheetsGone: (sheet: string) => `${sheet} (không còn là trang theo dõi)`,
  otherSheets: (sheets: string[]) =>
    `Còn ${sheets.length} trang theo dõi chưa chấm: ${quoted(sheets)}. Muốn chấm chung các trang này, mở Cài đặt, đánh dấu các trang đó (hoặc “Chấm tất cả các trang theo dõi”), lưu rồi bấm Chấm điểm lại.`,
  scoredSheets: (sheets: string[]) => `Đã chấm chung ${sheets.length} trang: ${quoted(sheets)}.`,
  unitLine: (u: Unit) =>
    `Đơn vị ghi trên các trang kết quả: UBND ${u.kind} ${u.name} (${
      u.source === "sheet"
        ? "lấy từ phần đầu trang theo dõi"
        : u.source === "settings"
          ? "theo Cài đặt"
          : "theo bộ tiêu chí, vì phần đầu trang theo dõi không ghi tên đơn vị — nếu chưa đúng, nhập tên đơn vị trong Cài đặt"
    }).`,
  unitLegend: "Đơn vị (khi phần đầu trang theo dõi không ghi “ỦY BAN NHÂN DÂN XÃ …”)",
  unitSet: "Nhập tên đơn vị",
  unitKind: "Cấp",
  unitName: "Tên đơn vị",
  unitNameHint: "Ví dụ: Tân Lập. Để trống: dùng đơn vị của bộ tiêu chí.",
  quota: "Số suất đề nghị",
  minScore: "Điểm tối thiểu",
  method: "Cách tính điểm",
  methods: { "ty-le-dat": "Tỷ lệ tiêu chí đạt", "ty-le-thuc-hien": "Tỷ lệ thực hiện" } as Record<string, string>,
  methodHint: {
    "ty-le-dat": "Điểm = số tiêu chí đạt / số tiêu chí áp dụng × 100.",
    "ty-le-thuc-hien": "Mỗi tiêu chí tính theo tỷ lệ thực hiện so với chỉ tiêu.",
  } as Record<string, string>,
  save: "Lưu cài đặt",
  saved: "Đã lưu cài đặt vào sổ làm việc.",
  saveFailed: (m: string) => `Chưa lưu được cài đặt: ${m}`,
  mappingTitle: "Chưa nhận ra tiêu đề cột",
  mappingIntro: (sheet?: string) =>
    `Phần mềm chưa nhận ra đủ cột trong bảng${sheet ? ` “${sheet}”` : ""}: cần ít nhất cột “Họ và tên” và một cột tiêu chí. Nhập chữ cái của cột (ví dụ: C) cho các mục còn thiếu, rồi bấm “Chấm lại”.`,
  mappingNoHeader:
    "Chưa tìm thấy dòng tiêu đề của bảng. Hãy đặt tiêu đề cột họ tên là “Họ và tên” (hoặc “Họ tên”) rồi bấm “Chấm điểm & Xếp hạng” lại; nếu còn cột chưa nhận ra, phần mềm sẽ cho chọn cột tại đây.",
  mappingFound: "Đã nhận ra",
  mappingMissing: "Còn thiếu",
  mappingColumn: (label: string) => `Cột của “${label}”`,
  mappingInvalid: "Chỉ nhập chữ cái tên cột, ví dụ C hoặc AB.",
  mappingApply: "Chấm lại với các cột đã nhập",
  noSheetTitle: "Không tìm thấy bảng theo dõi",
  noSheet: (sheet: string | undefined, sheets: string[]) =>
    `Không có trang tính “${sheet ?? ""}”. Các trang hiện có: ${sheets.join(", ")}. Chọn lại trong phần Cài đặt.`,
  noOffice: "Hãy mở bảng điều khiển này trong Excel (Trang đầu › Thi đua CCHC › Mở bảng điều khiển).",
  noOfficeTitle: "Chưa kết nối được với Excel",
  // the workbook's catalog
  catalogProblemsHint: "Bấm vào một lỗi để chọn ô đó trên trang bộ tiêu chí.",
  cellProblemsHint: "Bấm vào một lỗi để chọn ô đó.",
  // the live check
  liveSwitch: "Kiểm tra tức thì",
  liveHint: (sheets: string[]) =>
    `Khi có người nhập hoặc sửa số liệu trên trang ${quoted(sheets)}, phần mềm kiểm tra lại ngay các dòng đó và tô màu ô có vấn đề.`,
  liveStarting: "Đang bật kiểm tra tức thì…",
  liveOn: (sheets: string[]) => `Đang kiểm tra tức thì trang ${quoted(sheets)}.`,
  liveChecked: (rows: number[], problems: number) =>
    `Vừa kiểm tra lại ${rows.length > 3 ? `${rows.length} dòng` : `dòng ${rows.join(", ")}`}: ${problems ? `${problems} vấn đề` : "không có lỗi"}.`,
  liveTitle: (n: number) => `Kiểm tra tức thì — vấn đề cần sửa (${n})`,
  // the officials' tools
  toolsTitle: "Bảng theo dõi cho cán bộ, công chức",
  toolsShow: "Hiện công cụ bảng theo dõi",
  toolsHide: "Ẩn công cụ bảng theo dõi",
  working: "Đang thực hiện…",
  createTitle: "Tạo bảng theo dõi",
  createIntro:
    "Tạo trang theo dõi mới theo bộ tiêu chí của bảng tính: mỗi cán bộ, công chức một dòng, có sẵn kiểm tra khi nhập, kèm trang “Hướng dẫn nhập liệu”. Không ghi đè trang nào có sẵn.",
  sourceLabel: "Danh sách cán bộ, công chức",
  sourcePaste: "Dán danh sách",
  sourceSheet: "Lấy từ trang tính có sẵn",
  pasteLabel: "Danh sách (mỗi người một dòng)",
  pasteHint:
    "Dán từ Excel bốn cột theo thứ tự: Họ và tên, Chức vụ, Ngành/lĩnh vực, Giới tính (các cột cách nhau bằng phím Tab). Chỉ cột Họ và tên là bắt buộc.",
  pasteCount: (n: number) => `Đã nhận ${n} người.`,
  pasteEmpty: "Chưa có ai trong danh sách: dán ít nhất một dòng có họ và tên.",
  pasteErrorsTitle: (n: number) => `Danh sách có ${n} lỗi cần sửa`,
  pasteNoName: (line: number) => `Dòng ${line}: thiếu họ và tên.`,
  pasteGender: (line: number, v: string) => `Dòng ${line}: giới tính “${v}” không rõ — ghi “Nam” hoặc “Nữ” (hoặc để trống).`,
  pasteColumns: (line: number, n: number) => `Dòng ${line}: có ${n} cột; chỉ dùng tối đa 4 cột (Họ và tên, Chức vụ, Ngành/lĩnh vực, Giới tính).`,
  sheetSource: "Trang có danh sách",
  sheetSourceHint: "Trang có dòng tiêu đề “Họ và tên” (và Chức vụ, Ngành/lĩnh vực, Giới tính nếu có).",
  sheetChoose: "Chọn trang…",
  createButton: "Tạo bảng theo dõi",
  checksTitle: "Áp dụng kiểm tra nhập liệu",
  checksIntro: (sheet?: string) =>
    `Gắn kiểm tra khi nhập (số nguyên, số đạt không lớn hơn tổng số, Đạt/Không đạt…) vào các dòng có họ và tên của ${sheet ? `trang “${sheet}”` : "bảng theo dõi (tự tìm, hoặc chọn trong Cài đặt)"}. Số liệu đã nhập không thay đổi.`,
  checksButton: "Áp dụng kiểm tra nhập liệu",
  catalogTitle: "Lưu bộ tiêu chí vào bảng tính",
  catalogIntro: "Thêm trang “Tiêu chí” để sửa chỉ tiêu, trọng số, số suất… ngay trong bảng tính; các lần chấm sau dùng bộ tiêu chí trên trang đó.",
  catalogButton: "Lưu bộ tiêu chí vào bảng tính",
  // the officials' guide
  guideTitle: "Hướng dẫn nhập liệu",
  guideShow: "Hiện hướng dẫn nhập liệu",
  guideHide: "Ẩn hướng dẫn nhập liệu",
  guideRowTitle: "1. Dòng của bạn",
  guideRow: (sheet: string, col: string, first: number, last: number) =>
    `Trên trang “${sheet}”, mỗi cán bộ, công chức có một dòng (từ dòng ${first} đến dòng ${last}). Tìm họ và tên của mình ở cột ${col} và chỉ nhập vào dòng đó.`,
  guideNoSheet: "Bảng tính chưa có bảng theo dõi: các cột dưới đây là của bảng sẽ được tạo bằng “Tạo bảng theo dõi”.",
  guidePeople: "Dòng của từng người",
  guideColsTitle: "2. Các cột cần nhập",
  guideColumn: (letter: string, header: string) => `Cột ${letter} — ${header}`,
  guideTarget: (t: string) => `chỉ tiêu ${t}`,
  guideHow: "Cách nhập:",
  guideColorsTitle: "3. Ý nghĩa các màu",
  colorShortfall: "Màu cam: chưa đạt chỉ tiêu của tiêu chí (số đạt chưa đủ so với tổng số, hoặc “Không đạt”).",
  colorError: "Màu đỏ: lỗi số liệu cần sửa (không phải số, số âm, số đạt lớn hơn tổng số…). Dòng có lỗi chưa được chấm điểm.",
  guideHiddenRows:
    "Dòng bị ẩn (Hide) hoặc bị lọc đi (Filter) vẫn được chấm điểm như mọi dòng khác. Muốn bỏ một người ra khỏi đợt chấm, hãy xóa dòng của người đó khỏi bảng, không chỉ ẩn hay lọc.",
  guideLock:
    "Trang theo dõi được khóa một phần, không có mật khẩu: chỉ các ô nhập liệu mở để nhập. Các cột “KẾT QUẢ CHẤM ĐIỂM (tự động)” do phần mềm điền.",
};

export type Strings = typeof vi;

const en: Strings = {
  title: "Thi đua CCHC",
  subtitle: "Score, rank and propose officials for the Certificate of Merit",
  langSwitch: "Tiếng Việt",
  langSwitchLabel: "Chuyển sang tiếng Việt (Switch to Vietnamese)",
  run: "Score & Rank",
  clear: "Clear highlights",
  cleared: (n: number) => (n > 0 ? `Removed ${n} highlights of the add-in; your own formatting is kept.` : "There were no highlights to remove."),
  steps: { read: "Reading the sheet…", compute: "Scoring…", write: "Writing the results…", done: "Done." },
  progressLabel: "Scoring progress",
  loading: "Loading…",
  requirementsTitle: "This version of Excel cannot run the add-in",
  requirementsDefault: (missing: string[]) => `This Excel lacks: ${missing.join(", ")}. Update Microsoft 365 or use Excel on the web.`,
  runFailedTitle: "Could not score",
  crashTitle: "The pane hit an error",
  crashBody: "Your workbook was not changed. Press “Try again”; if it keeps failing, close and reopen the pane.",
  retry: "Try again",
  resultTitle: "Result",
  written: (sheets: string[]) => `Results written to: ${sheets.join(", ")}.`,
  problemsTitle: (n: number) => `Data problems to fix (${n})`,
  noProblems: "No data problems.",
  problemsHint: "Select a problem to go to its cell.",
  rowHeading: (row: number, name: string, n: number, sheet?: string) =>
    `${sheet ? `${sheet} · ` : ""}Row ${row}${name ? ` · ${name}` : ""} — ${n} ${n === 1 ? "problem" : "problems"}`,
  general: "General",
  warning: "Warning",
  error: "Error",
  shortfallsTitle: (n: number) => `Criteria below target (${n})`,
  noShortfalls: "Every applicable criterion met its target.",
  shortfallLine: (code: string, name: string, people: number) => `${code} ${name}: ${people} below target`,
  nomineesTitle: "Proposed for the Certificate of Merit",
  noNominees: "Nobody qualifies yet.",
  tieReviewTitle: "For the review meeting",
  tieReviewHint: "Equal scores at the last place — the review meeting decides.",
  colName: "Name",
  colScore: "Score",
  colRank: "Rank",
  colRow: "Row",
  quotaLine: (filled: number, quota: number) => `${filled} of ${quota} places proposed.`,
  reasons: {
    "tie-review": "Equal scores at the last place: the review meeting decides on the “For the review meeting” list.",
    "not-enough-eligible": "Not enough people qualify (a score, no data errors, no complaint or discipline, at least the minimum score).",
  },
  settingsTitle: "Settings",
  settingsShow: "Show settings",
  settingsHide: "Hide settings",
  sheetsLegend: "Tracking sheets to score",
  sheetsAll: "Score every tracking sheet (Chấm tất cả các trang theo dõi)",
  sheetsHint: (auto: string | undefined) =>
    `The ticked sheets are scored together: one ranking, one proposal list.${auto ? ` With none ticked, “${auto}” is scored.` : ""}`,
  sheetsNone: "No tracking sheet found (a “Họ và tên” column and at least one criterion column are needed).",
  sheetsGone: (sheet: string) => `${sheet} (no longer a tracking sheet)`,
  otherSheets: (sheets: string[]) =>
    `${sheets.length} more tracking ${sheets.length === 1 ? "sheet was" : "sheets were"} not scored: ${quoted(sheets)}. To score them together, open Settings, tick them (or “Score every tracking sheet”), save and score again.`,
  scoredSheets: (sheets: string[]) => `Scored ${sheets.length} sheets together: ${quoted(sheets)}.`,
  unitLine: (u: Unit) =>
    `Unit named on the result sheets: UBND ${u.kind} ${u.name} (${
      u.source === "sheet"
        ? "from the tracking sheet's heading"
        : u.source === "settings"
          ? "from Settings"
          : "from the criteria, as the tracking sheet's heading names no unit — if wrong, type the unit's name in Settings"
    }).`,
  unitLegend: "Unit (when the tracking sheet's heading does not say “ỦY BAN NHÂN DÂN XÃ …”)",
  unitSet: "Type the unit's name",
  unitKind: "Level",
  unitName: "Unit name",
  unitNameHint: "For example: Tân Lập. Blank: the unit of the criteria.",
  quota: "Places to propose",
  minScore: "Minimum score",
  method: "Scoring method",
  methods: { "ty-le-dat": "Share of criteria met (Tỷ lệ tiêu chí đạt)", "ty-le-thuc-hien": "Rate achieved (Tỷ lệ thực hiện)" },
  methodHint: {
    "ty-le-dat": "Score = criteria met / criteria applicable × 100.",
    "ty-le-thuc-hien": "Each criterion counts in proportion to its rate against the target.",
  },
  save: "Save settings",
  saved: "Settings saved in the workbook.",
  saveFailed: (m: string) => `Could not save the settings: ${m}`,
  mappingTitle: "Column headers not recognised",
  mappingIntro: (sheet?: string) =>
    `Some columns of${sheet ? ` “${sheet}”` : " the sheet"} were not recognised: at least the “Họ và tên” column and one criterion column are needed. Type the column letter (e.g. C) for each missing item, then press “Score again”.`,
  mappingNoHeader:
    "No header row was found. Title the name column “Họ và tên” (or “Họ tên”) and press “Score & Rank” again; any column still not recognised can then be chosen here.",
  mappingFound: "Recognised",
  mappingMissing: "Missing",
  mappingColumn: (label: string) => `Column of “${label}”`,
  mappingInvalid: "Type only the column letters, e.g. C or AB.",
  mappingApply: "Score again with these columns",
  noSheetTitle: "Tracking sheet not found",
  noSheet: (sheet: string | undefined, sheets: string[]) =>
    `There is no sheet “${sheet ?? ""}”. Sheets in the workbook: ${sheets.join(", ")}. Pick one in Settings.`,
  noOffice: "Open this pane in Excel (Home › Thi đua CCHC › Open the pane).",
  noOfficeTitle: "Not connected to Excel",
  catalogProblemsHint: "Select a problem to go to its cell on the criteria sheet.",
  cellProblemsHint: "Select a problem to go to its cell.",
  liveSwitch: "Live check",
  liveHint: (sheets: string[]) =>
    `When someone types or changes figures on ${quoted(sheets)}, those rows are checked again at once and their problem cells highlighted.`,
  liveStarting: "Turning the live check on…",
  liveOn: (sheets: string[]) => `Checking ${quoted(sheets)} as it is edited.`,
  liveChecked: (rows: number[], problems: number) =>
    `Checked ${rows.length > 3 ? `${rows.length} rows` : `row ${rows.join(", ")}`} again: ${problems ? `${problems} ${problems === 1 ? "problem" : "problems"}` : "no problems"}.`,
  liveTitle: (n: number) => `Live check — problems to fix (${n})`,
  toolsTitle: "Tracking sheet for the officials",
  toolsShow: "Show the tracking-sheet tools",
  toolsHide: "Hide the tracking-sheet tools",
  working: "Working…",
  createTitle: "Create a tracking sheet",
  createIntro:
    "Creates a new tracking sheet from the workbook's criteria: one row per official, with entry checks, plus the “Hướng dẫn nhập liệu” (data-entry guide) sheet. No existing sheet is overwritten.",
  sourceLabel: "List of officials",
  sourcePaste: "Paste a list",
  sourceSheet: "Take it from a sheet",
  pasteLabel: "List (one official per line)",
  pasteHint: "Paste four columns from Excel, in this order: name, position, sector, gender (columns separated by Tab). Only the name is required.",
  pasteCount: (n: number) => `${n} ${n === 1 ? "official" : "officials"} read.`,
  pasteEmpty: "The list is empty: paste at least one line with a name.",
  pasteErrorsTitle: (n: number) => `The list has ${n} ${n === 1 ? "mistake" : "mistakes"} to fix`,
  pasteNoName: (line: number) => `Line ${line}: the name is missing.`,
  pasteGender: (line: number, v: string) => `Line ${line}: gender “${v}” is unclear — write “Nam” or “Nữ” (or leave it blank).`,
  pasteColumns: (line: number, n: number) => `Line ${line}: ${n} columns; at most 4 are used (name, position, sector, gender).`,
  sheetSource: "Sheet with the list",
  sheetSourceHint: "A sheet whose header row has “Họ và tên” (and Chức vụ, Ngành/lĩnh vực, Giới tính if present).",
  sheetChoose: "Choose a sheet…",
  createButton: "Create the tracking sheet",
  checksTitle: "Apply the entry checks",
  checksIntro: (sheet?: string) =>
    `Adds entry checks (whole numbers, achieved not above the total, Đạt/Không đạt…) to the named rows of ${sheet ? `“${sheet}”` : "the tracking sheet (found automatically, or chosen in Settings)"}. Figures already typed do not change.`,
  checksButton: "Apply the entry checks",
  catalogTitle: "Save the criteria in the workbook",
  catalogIntro:
    "Adds the “Tiêu chí” sheet so targets, weights and places can be edited in the workbook; later runs score with the criteria on that sheet.",
  catalogButton: "Save the criteria in the workbook",
  guideTitle: "Data-entry guide",
  guideShow: "Show the data-entry guide",
  guideHide: "Hide the data-entry guide",
  guideRowTitle: "1. Your row",
  guideRow: (sheet: string, col: string, first: number, last: number) =>
    `On “${sheet}” each official has one row (rows ${first} to ${last}). Find your name in column ${col} and type only on that row.`,
  guideNoSheet: "The workbook has no tracking sheet yet: the columns below are those of the sheet “Create a tracking sheet” makes.",
  guidePeople: "Each person's row",
  guideColsTitle: "2. Columns to fill in",
  guideColumn: (letter: string, header: string) => `Column ${letter} — ${header}`,
  guideTarget: (t: string) => `target ${t}`,
  guideHow: "What to type:",
  guideColorsTitle: "3. What the colours mean",
  colorShortfall: "Orange: the criterion's target is not met (too few achieved for the total, or “Không đạt”).",
  colorError: "Red: a data error to fix (not a number, negative, achieved above the total…). A row with an error is not scored.",
  guideHiddenRows:
    "Hidden rows and rows filtered out are scored like every other row. To leave someone out, delete their row from the table; hiding or filtering it is not enough.",
  guideLock:
    "The tracking sheet is partly locked, without a password: only the input cells are open. The “KẾT QUẢ CHẤM ĐIỂM (tự động)” columns are filled in by the add-in.",
};

const STRINGS: Record<Lang, Strings> = { vi, en };

export function strings(lang: Lang | undefined): Strings {
  return STRINGS[lang === "en" ? "en" : "vi"];
}
