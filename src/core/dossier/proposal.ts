// The Tờ trình (Mẫu số 01 style of the decree in force) and the list sent with it (§12): nominees only.
import { unitWords } from "../read/unit";
import { ScoredRow } from "../score/rank";
import { awardGiver, awardName, decreeInForce, legalBases, planWords } from "./legal";
import { Block, DOTS, DossierDocument, Signer, para, run, space } from "./model";
import { DossierInput, body, letterhead, title, ubndSigner } from "./parts";
import { figures, genderText, resultParagraph, roleWithUnit, summarySentence, titledName } from "./people";
import { countText, longDate, scoreText, shortDate } from "./words";

/** "ngày 20/12/2025" of the review meeting, or a blank. */
const meetingOn = (input: DossierInput) => `ngày ${shortDate(input.settings.meeting?.date)}`;

export function proposalDocument(input: DossierInput): DossierDocument {
  const { catalog, unit, settings, nomination, rows } = input;
  const w = unitWords(unit);
  const when = settings.proposal?.date ?? input.date;
  const decree = decreeInForce(catalog, when);
  const plan = planWords(catalog, unit);
  const award = awardName(catalog, unit);
  const nominees = nomination.nominees;
  const blocks: Block[] = [
    letterhead(unit, { value: settings.proposal?.number, symbol: "TTr-UBND" }, settings.proposal?.date),
    space(),
    title("TỜ TRÌNH"),
    title(`Về việc đề nghị tặng ${award} cho cá nhân có thành tích xuất sắc trong phong trào thi đua “${plan.theme}”`, { role: "body" }),
    space(),
    para([run("Kính gửi: "), run(`${w.chairman}.`)], { align: "center" }),
    space(),
    ...legalBases(catalog, unit, when).map((l) => body(l)),
    body(resultParagraph(figures(rows, catalog), input.minScore)),
    body(
      `Căn cứ kết quả chấm điểm và kết quả họp xét đề nghị khen thưởng ${meetingOn(input)}, kính đề nghị ${w.chairman} xem xét, tặng Giấy khen cho ${countText(nominees.length)} cá nhân có thành tích xuất sắc trong phong trào thi đua, gồm:`,
    ),
    {
      kind: "list",
      marker: "number",
      items: nominees.map((r, i) => [
        run(titledName(r), { bold: true }),
        run(`, ${roleWithUnit(r.eval.chucVu, unit)}${i === nominees.length - 1 ? "." : ";"}`),
      ]),
    },
    para([run("(Có danh sách và báo cáo thành tích kèm theo)", { italic: true })], { indent: true }),
    body(`Kính trình ${w.chairman} xem xét, quyết định./.`),
    space(),
    { kind: "signatures", left: { kind: "recipients", lines: ["- Như trên;", "- Lưu: VT."] }, right: ubndSigner(settings) },
  ];
  return {
    kind: "proposal",
    file: "01-to-trinh.docx",
    title: `Tờ trình đề nghị tặng ${award}`,
    form: decree.proposalForm ? `${decree.proposalForm}, ${decree.short}` : undefined,
    blocks,
  };
}

/** The list's columns: "Giới tính" only when the sheet gives someone's gender. */
function listTable(input: DossierInput, people: ScoredRow[]): Block {
  const withGender = input.rows.some((r) => r.eval.gender !== null);
  const columns = [
    { title: "STT", width: 7, align: "center" as const },
    { title: "Họ và tên", width: 19 },
    ...(withGender ? [{ title: "Giới tính", width: 8, align: "center" as const }] : []),
    { title: "Chức vụ, đơn vị công tác", width: 28 },
    { title: "Tóm tắt thành tích", width: withGender ? 30 : 38 },
    { title: "Điểm", width: 8, align: "center" as const },
  ];
  const rows = people.map((r, i) => [
    String(i + 1),
    r.eval.name,
    ...(withGender ? [genderText(r)] : []),
    roleWithUnit(r.eval.chucVu, input.unit),
    // the figures of each criterion are in the person's báo cáo thành tích, attached
    summarySentence(r, input.rows, input.catalog, input.unit, 0),
    r.score === null ? "" : scoreText(r.score),
  ]);
  // ten people and more on one page: the list's table in the small size
  return { kind: "table", columns, rows, role: "small" };
}

/** The list that goes with the Tờ trình: the nominees, their achievements in a sentence, the award. */
export function listDocument(input: DossierInput): DossierDocument {
  const { catalog, unit, settings, nomination } = input;
  const plan = planWords(catalog, unit);
  const preparer: Signer = { kind: "signer", titles: ["NGƯỜI LẬP BIỂU"], note: "(Ký, ghi rõ họ và tên)", name: settings.preparedBy ?? null };
  const signer = ubndSigner(settings);
  const heading = letterhead(unit, null, settings.proposal?.date);
  const blocks: Block[] = [
    heading,
    space(),
    title("DANH SÁCH"),
    title(`Cá nhân đề nghị ${awardGiver(catalog, unit)} tặng Giấy khen`, { role: "body" }),
    title(`Đã có thành tích xuất sắc trong phong trào thi đua “${plan.theme}”`, { bold: false, role: "body" }),
    title(
      `(Kèm theo Tờ trình số ${settings.proposal?.number ?? DOTS}/TTr-UBND ${settings.proposal?.date ? longDate(settings.proposal.date) : `ngày ${DOTS}`} của ${unitWords(unit).short})`,
      { bold: false, italic: true, role: "body" },
    ),
    listTable(input, nomination.nominees),
    para(`Hình thức khen thưởng: ${awardName(catalog, unit)}. Tổng số: ${countText(nomination.nominees.length)} cá nhân.`, {
      indent: true,
      role: "table",
    }),
    { kind: "signatures", left: preparer, right: signer },
  ];
  return { kind: "list", file: "02-danh-sach.docx", title: "Danh sách đề nghị khen thưởng", blocks };
}
