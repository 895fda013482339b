// The issues of a row (§4): one per (cell, code), with its severity and the clerk's message.
import { IssueCode, IssueContext, Lang, issueMessage } from "../messages";
import { a1 } from "../read/snapshot";

export interface Issue {
  cell: string;
  severity: "error" | "warning";
  code: IssueCode;
  message: string;
  row: number;
  col: number;
  criterion?: string;
}

/** Collects issues of one row, one per (cell, code). */
/** The one empty list most rows share (IssueSink replaces it before the first push; never pushed to). */
export const NO_ISSUES: Issue[] = [];

export class IssueSink {
  /** Most rows have no issue: they share one empty, frozen list. */
  list: Issue[] = NO_ISSUES;
  constructor(
    private row: number,
    private lang: Lang,
  ) {}
  add(col: number, code: IssueCode, ctx: Omit<IssueContext, "cell">, criterion?: string): void {
    const cell = a1(this.row, col);
    if (this.list.some((i) => i.cell === cell && i.code === code)) return;
    const severity = code.startsWith("W_") ? "warning" : "error";
    if (this.list === NO_ISSUES) this.list = [];
    this.list.push({
      cell,
      severity,
      code,
      message: issueMessage(code, { ...ctx, cell }, this.lang),
      row: this.row,
      col,
      ...(criterion ? { criterion } : {}),
    });
  }
}
