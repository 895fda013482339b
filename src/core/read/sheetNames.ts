// The add-in's sheet names, alone (the pane names the sheets a dossier will have without loading the rest of sheets.ts).

/** The add-in's sheet names. The báo cáo thành tích are numbered: "Báo cáo thành tích 1", "… 2". The run's list
 * (§8: for the review meeting, the tie group included) and the dossier's list that goes with the Tờ trình (§12: the
 * nominees only) are two sheets. */
export const SHEET_NAMES = {
  nomination: "DS đề nghị khen thưởng",
  summary: "Tổng hợp kết quả",
  proposal: "Tờ trình",
  list: "Danh sách kèm Tờ trình",
  report: "Báo cáo thành tích",
  minutes: "Biên bản họp bình xét",
} as const;

/** The names of the dossier's own sheets (§12), which "Lập hồ sơ" writes and a run leaves as they are. */
export const DOSSIER_SHEET_NAMES: readonly string[] = [SHEET_NAMES.proposal, SHEET_NAMES.list, SHEET_NAMES.report, SHEET_NAMES.minutes];
