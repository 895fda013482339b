// The biên bản of the review meeting (§12): when, where, who; the movement and its figures; the candidates — the
// nominees, then the tie group with the tie and its settlement explained; the vote table left blank; signatures.
import { unitWords } from "../read/unit";
import { ScoredRow } from "../score/rank";
import { awardName, decreeInForce, planWords } from "./legal";
import { Block, DossierDocument, List, para, run, space } from "./model";
import { DossierInput, body, field, letterhead, section, title } from "./parts";
import { figures, resultParagraph, roleWithUnit, titledName } from "./people";
import { TieGroup, tieGroup, tieSettlement } from "./ties";
import { countText, longDate, scoreText } from "./words";

const sub = (text: string) => para([run(text, { bold: true })], { indent: true, keepNext: true });

function candidates(people: ScoredRow[], input: DossierInput): List {
  return {
    kind: "list",
    marker: "dash",
    items: people.map((r) => [
      run(titledName(r), { bold: true }),
      run(`, ${roleWithUnit(r.eval.chucVu, input.unit)}: ${r.score === null ? "" : `${scoreText(r.score)} điểm, `}xếp hạng ${r.rank ?? ""}.`),
    ]),
  };
}

/** "…… giờ …… phút, ngày 20 tháng 12 năm 2025", or null when neither is set. */
function when(input: DossierInput): string | null {
  const m = input.settings.meeting;
  if (!m?.time && !m?.date) return null;
  return `${m.time ?? "…… giờ …… phút"}, ${longDate(m.date)}`;
}

const person = (p?: { name?: string; title?: string }): string | null => (p?.name ? [p.name, p.title].filter(Boolean).join(", ") : null);

export function minutesDocument(input: DossierInput): DossierDocument {
  const { catalog, unit, settings, nomination, rows } = input;
  const meeting = settings.meeting ?? {};
  const plan = planWords(catalog, unit);
  const decree = decreeInForce(catalog, meeting.date ?? input.date);
  const group: TieGroup | null = tieGroup(rows, nomination);
  const article = decree.womenFirst ? `${decree.womenFirst} ${decree.short}` : null;
  const nominees = nomination.nominees;
  const review = nomination.tieReview;
  const members: Block[] = meeting.members?.length
    ? [{ kind: "list", marker: "dash", items: meeting.members.map((m) => [run(m)]) }]
    : [{ kind: "blank", lines: 3 }];
  const voteRows = [...nominees, ...review].map((r, i) => [
    String(i + 1),
    r.eval.name,
    r.eval.chucVu,
    r.score === null ? "" : scoreText(r.score),
    "",
    "",
  ]);
  const blocks: Block[] = [
    letterhead(unit, { symbol: "BB-UBND" }, meeting.date),
    space(),
    title("BIÊN BẢN HỌP XÉT ĐỀ NGHỊ KHEN THƯỞNG"),
    title(`Phong trào thi đua “${plan.theme}”`, { bold: false, italic: true, role: "body" }),
    space(),
    field("Thời gian", when(input)),
    field("Địa điểm", meeting.place),
    field("Chủ trì", person(meeting.chair)),
    field("Thư ký", person(meeting.secretary)),
    para("Thành phần tham dự:", { indent: true, keepNext: true }),
    ...members,
    field("Vắng mặt", null),
    section("NỘI DUNG CUỘC HỌP"),
    sub("1. Phong trào thi đua và kết quả chấm điểm"),
    body(
      `Thực hiện ${plan.ref} về việc phát động phong trào thi đua “${plan.theme}”, ${unitWords(unit).full} họp xét đề nghị tặng ${awardName(catalog, unit)} với số lượng ${countText(nomination.quota)} cá nhân.`,
    ),
    body(resultParagraph(figures(rows, catalog), input.minScore)),
    sub("2. Các cá nhân được đưa ra bình xét"),
  ];
  if (nominees.length) {
    blocks.push(body(`a) Đề nghị khen thưởng theo kết quả chấm điểm, gồm ${countText(nominees.length)} cá nhân:`), candidates(nominees, input));
  }
  if (group) blocks.push(body(`Ghi chú về đồng hạng: ${tieSettlement(group, catalog, article)}`));
  if (review.length) {
    const left = nomination.quota - nomination.filled;
    blocks.push(
      body(`${nominees.length ? "b" : "a"}) Cần bình xét, gồm ${countText(review.length)} cá nhân cho ${countText(left)} suất còn lại:`),
      candidates(review, input),
    );
  }
  blocks.push(
    sub("3. Kết quả biểu quyết"),
    {
      kind: "table",
      columns: [
        { title: "STT", width: 9, align: "center" },
        { title: "Họ và tên", width: 25 },
        { title: "Chức vụ", width: 28 },
        { title: "Điểm", width: 10, align: "center" },
        { title: "Số phiếu đồng ý", width: 14, align: "center" },
        { title: "Tỷ lệ (%)", width: 14, align: "center" },
      ],
      rows: voteRows,
    },
    sub("4. Kết luận"),
    { kind: "blank", lines: 4 },
    body("Cuộc họp kết thúc vào lúc …… giờ …… phút cùng ngày. Biên bản đã được đọc lại và thông qua tại cuộc họp./."),
    space(),
    {
      kind: "signatures",
      left: { kind: "signer", titles: ["THƯ KÝ"], note: "(Ký, ghi rõ họ và tên)", name: meeting.secretary?.name ?? null },
      right: { kind: "signer", titles: ["CHỦ TRÌ"], note: "(Ký, ghi rõ họ và tên)", name: meeting.chair?.name ?? null },
    },
  );
  return { kind: "minutes", file: "04-bien-ban-hop-binh-xet.docx", title: "Biên bản họp xét đề nghị khen thưởng", blocks };
}
