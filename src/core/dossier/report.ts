// The báo cáo thành tích of one nominee (§12): what the sheet knows (name, gender, position, unit, the figures of
// every criterion applicable, score, level, rank), dotted blanks for the rest, the person's and the head's signatures.
import { UnitName } from "../read/unit";
import { ScoredRow } from "../score/rank";
import { planWords } from "./legal";
import { Block, DossierDocument, Signer, para, run, space } from "./model";
import { DossierInput, field, letterhead, section, title } from "./parts";
import { genderText, resultLines, roleWithUnit, scoreWords } from "./people";
import { fileSlug, upper } from "./words";

/** "03-bao-cao-thanh-tich-1-tran-minh-mai.docx": n is the 1-based place in the nominees. */
export const reportFile = (n: number, name: string): string => `03-bao-cao-thanh-tich-${n}-${fileSlug(name)}.docx`;

const sub = (text: string) => para([run(text, { bold: true })], { indent: true, keepNext: true });

export function reportDocument(input: DossierInput, r: ScoredRow, n: number): DossierDocument {
  const { catalog, unit, settings, rows } = input;
  const plan = planWords(catalog, unit);
  const e = r.eval;
  const achievements: string[] = resultLines(r, catalog, unit);
  if (e.sangKien > 0) achievements.push(`Có ${e.sangKien} sáng kiến, giải pháp cải cách hành chính được công nhận`);
  const confirmer: Signer = {
    kind: "signer",
    titles: ["XÁC NHẬN CỦA", "THỦ TRƯỞNG ĐƠN VỊ", upper(settings.confirmer?.title ?? "Chủ tịch")],
    note: "(Ký, đóng dấu)",
    name: settings.confirmer?.name ?? null,
  };
  const person: Signer = { kind: "signer", titles: ["NGƯỜI BÁO CÁO THÀNH TÍCH"], note: "(Ký, ghi rõ họ và tên)", name: e.name || null };
  const blocks: Block[] = [
    letterhead(unit, null, undefined),
    space(),
    title("BÁO CÁO THÀNH TÍCH ĐỀ NGHỊ TẶNG GIẤY KHEN"),
    title(`Thành tích trong phong trào thi đua “${plan.theme}”`, { bold: false, italic: true, role: "body" }),
    space(),
    section("I. SƠ LƯỢC LÝ LỊCH"),
    field("Họ và tên", e.name),
    field("Giới tính", genderText(r)),
    field("Ngày, tháng, năm sinh", null),
    field("Quê quán", null),
    field("Nơi thường trú", null),
    field("Chức vụ, đơn vị công tác", roleWithUnit(e.chucVu, unit)),
    ...(e.linhVuc ? [field("Lĩnh vực phụ trách", e.linhVuc)] : []),
    field("Trình độ chuyên môn, nghiệp vụ", null),
    field("Trình độ lý luận chính trị", null),
    section("II. THÀNH TÍCH ĐẠT ĐƯỢC"),
    sub("1. Quyền hạn, nhiệm vụ được giao"),
    { kind: "blank", lines: 3 },
    sub(`2. Thành tích đạt được trong phong trào thi đua (${plan.ref})`),
    { kind: "list", marker: "dash", items: achievements.map((a, i) => [run(`${a}${i === achievements.length - 1 ? "." : ";"}`)]) },
    para([run("Kết quả chấm điểm theo bộ tiêu chí thi đua: "), run(`${scoreWords(r, rows)}.`, { bold: true })], { indent: true }),
    section("III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC NHẬN"),
    {
      kind: "table",
      columns: [
        { title: "Năm", width: 14, align: "center" },
        { title: "Hình thức khen thưởng", width: 38 },
        { title: "Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành quyết định", width: 48 },
      ],
      rows: [
        ["", "", ""],
        ["", "", ""],
        ["", "", ""],
      ],
    },
    space(),
    { kind: "signatures", left: confirmer, right: person },
  ];
  return { kind: "report", file: reportFile(n, e.name), title: `Báo cáo thành tích — ${e.name}`, blocks };
}

/** Where the report's person works, in one phrase (for the pane's list of what is made). */
export const reportLabel = (r: ScoredRow, unit: UnitName): string => `${r.eval.name} (${roleWithUnit(r.eval.chucVu, unit)})`;
