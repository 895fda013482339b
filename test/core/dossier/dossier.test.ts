// The dossier model (§12) on the five samples: which documents are made, who each names, the unit, and what no
// document may print ("100.00", "UBND, UBND", a machine note).
import { ScoreRun } from "../../../src/core/engine";
import { Dossier, DossierDocument, buildDossier, documentText } from "../../../src/core/dossier";
import { DossierSettings } from "../../../src/core/settings";
import { SAMPLE_NAMES, expectedOf, fixtureRun } from "../../helpers/fixtures";

const dossierOf = (run: ScoreRun, settings: DossierSettings = {}, date = "2025-12-20"): Dossier =>
  buildDossier({ catalog: run.catalog, rows: run.rows, nomination: run.nomination, unit: run.unit, minScore: run.options.minScore, settings, date });
const text = (d: DossierDocument) => documentText(d).join("\n");
const kinds = (d: Dossier) => d.documents.map((x) => x.kind);

const runs = new Map<string, ScoreRun>();
beforeAll(async () => {
  for (const name of SAMPLE_NAMES) runs.set(name, await fixtureRun(name));
});

test("the five samples are here, 05 with the unit of its two-line heading", () => {
  expect(SAMPLE_NAMES).toHaveLength(5);
  expect(expectedOf("05-moi-nganh-mot-trang").unit).toEqual({ kind: "xã", name: "Bình Minh", source: "sheet" });
});

describe.each(SAMPLE_NAMES)("%s", (name) => {
  const run = () => runs.get(name)!;
  const dossier = () => dossierOf(run());

  test("the run nominates as the expected result says (05: its first sheet only, until several sheets are scored)", () => {
    const exp = expectedOf(name);
    if (name.startsWith("05")) expect(run().unit).toEqual({ kind: "xã", name: "Bình Minh", source: "sheet" });
    else expect(run().nomination.nominees.map((r) => r.eval.row)).toEqual(exp.nominees.map((n) => n.row));
  });

  test("documents are made as §12 'When' says", () => {
    const { nominees, tieReview } = run().nomination;
    const want = [
      ...(nominees.length ? ["proposal", "list", ...nominees.map(() => "report")] : []),
      ...(nominees.length || tieReview.length ? ["minutes"] : []),
    ];
    expect(kinds(dossier())).toEqual(want);
    expect(dossier().reason).toBeNull();
  });

  test("the Tờ trình and the list name every nominee and no tie-review candidate; each báo cáo its own nominee", () => {
    const { nominees, tieReview } = run().nomination;
    for (const d of dossier().documents.filter((x) => x.kind === "proposal" || x.kind === "list")) {
      for (const r of nominees) expect(text(d)).toContain(r.eval.name);
      for (const r of tieReview) expect(text(d)).not.toContain(r.eval.name);
    }
    const reports = dossier().documents.filter((x) => x.kind === "report");
    reports.forEach((d, i) => {
      expect(text(d)).toContain(`Họ và tên: ${nominees[i].eval.name}`);
      expect(d.file).toMatch(new RegExp(`^03-bao-cao-thanh-tich-${i + 1}-[a-z0-9-]+\\.docx$`));
    });
  });

  test("the biên bản names the nominees, then every tie-review candidate", () => {
    const { nominees, tieReview } = run().nomination;
    const minutes = dossier().documents.find((x) => x.kind === "minutes")!;
    const t = text(minutes);
    const at = [...nominees, ...tieReview].map((r) => t.indexOf(`${r.eval.name},`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  test("every document names the unit and prints no 100.00, no repeated UBND, no machine note", () => {
    const unit = run().unit;
    for (const d of dossier().documents) {
      const t = text(d);
      expect(t).toContain(unit.name);
      expect(t).toContain(`ỦY BAN NHÂN DÂN\n${unit.kind.toLocaleUpperCase("vi")} ${unit.name.toLocaleUpperCase("vi")}`);
      expect(t).not.toMatch(/\d\.00\b|UBND, UBND|UBND (xã|phường|đặc khu) [^,\n]+, UBND|lập tự động|Thi đua CCHC|add-in|undefined|null|NaN/);
    }
  });
});

test("05: every document names xã Bình Minh, the unit of the heading, and never the catalog's Hòa Phong", () => {
  for (const d of dossierOf(runs.get("05-moi-nganh-mot-trang")!).documents) {
    expect(text(d)).toContain("xã Bình Minh");
    expect(text(d)).not.toContain("Hòa Phong");
  }
});

test("03: no nominee but a tie for the meeting — the biên bản alone, and a note saying why there is no Tờ trình", () => {
  const d = dossierOf(runs.get("03-so-lieu-loi")!);
  expect(kinds(d)).toEqual(["minutes"]);
  expect(d.notes.join(" ")).toMatch(/Chưa lập tờ trình.*3 cá nhân cần bình xét/);
  expect(text(d.documents[0])).toContain('=HYPERLINK("http://example.invalid","Bấm vào đây")');
});

test("no nominee and no tie: no document, and a reason the clerk reads", () => {
  const run = runs.get("04-dong-hang-va-tap-the")!;
  const d = buildDossier({
    catalog: run.catalog,
    rows: run.rows,
    nomination: { ...run.nomination, nominees: [], tieReview: [], filled: 0, reason: "not-enough-eligible" },
    unit: run.unit,
    minScore: 80,
    settings: {},
    date: "2025-12-20",
  });
  expect(d.documents).toEqual([]);
  expect(d.reason).toMatch(/^Không lập hồ sơ đề nghị khen thưởng/);
  expect(d.notes).toEqual([d.reason]);
});

test("04: the biên bản explains the women-first rule that settled the tie at rank 4", () => {
  const t = text(dossierOf(runs.get("04-dong-hang-va-tap-the")!).documents.find((x) => x.kind === "minutes")!);
  expect(t).toContain(
    "Bà Phạm Thị Hạnh và ông Đỗ Văn Hùng đồng hạng 4 (cùng 100 điểm, cùng có 0 sáng kiến, giải pháp) cho 01 (một) suất còn lại; theo nguyên tắc ưu tiên cá nhân nữ",
  );
  expect(t).toContain(
    "(Điều 4 Nghị định số 152/2025/NĐ-CP), bà Phạm Thị Hạnh được đề nghị khen thưởng; ông Đỗ Văn Hùng không được đề nghị do hết chỉ tiêu.",
  );
});

test("01: the biên bản explains a tie the women-first rule could not settle (no gender column)", () => {
  const t = text(dossierOf(runs.get("01-bang-theo-doi-chuan")!).documents.find((x) => x.kind === "minutes")!);
  expect(t).toMatch(/Bùi Thu Giang, .*Nguyễn Xuân Tuấn đồng hạng 2 \(cùng 100 điểm, cùng có 0 sáng kiến, giải pháp\) cho 01 \(một\) suất còn lại/);
  expect(t).toContain("chưa ghi đủ giới tính nên chưa áp dụng được nguyên tắc ưu tiên cá nhân nữ");
  expect(t).toContain("b) Cần bình xét, gồm 06 (sáu) cá nhân cho 01 (một) suất còn lại:");
});

describe("the Tờ trình", () => {
  const proposal = (settings: DossierSettings = {}, date = "2025-12-20") =>
    text(dossierOf(runs.get("04-dong-hang-va-tap-the")!, settings, date).documents.find((x) => x.kind === "proposal")!);

  test("cites the decree in force on its date: NĐ 98/2023 before 01/7/2025, NĐ 152/2025 from that day", () => {
    expect(proposal({}, "2025-06-30")).toContain("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023");
    expect(proposal({}, "2025-06-30")).not.toContain("152/2025");
    expect(proposal({}, "2025-07-01")).toContain("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025");
    expect(proposal({ proposal: { date: "2025-05-10" } }, "2025-12-20")).toContain("98/2023/NĐ-CP");
  });

  test("asks for the nominees in digits and words, lists them with position and unit, and cites the plan", () => {
    const t = proposal();
    expect(t).toContain("tặng Giấy khen cho 02 (hai) cá nhân");
    expect(t).toContain("1. Ông Lý Thanh Yến, Công chức Văn phòng - thống kê xã Hòa Phong;");
    expect(t).toContain("2. Bà Phạm Thị Hạnh, Công chức Tư pháp - hộ tịch xã Hòa Phong.");
    expect(t).toContain("Căn cứ Kế hoạch số 12/KH-UBND ngày 16/01/2025 của UBND xã Hòa Phong");
    expect(t).toContain("(Có danh sách và báo cáo thành tích kèm theo)");
    expect(t).toContain("Kính gửi: Chủ tịch UBND xã Hòa Phong.");
  });

  test("gives the movement's result from the figures: how many scored and how many at each level", () => {
    expect(proposal()).toContain(
      "có 14 cá nhân được chấm điểm, trong đó 5 cá nhân đạt mức “Xuất sắc”, 6 cá nhân đạt mức “Tốt”, 3 cá nhân đạt mức “Đạt”, 0 cá nhân đạt mức “Chưa đạt”; 1 cá nhân chưa có điểm do số liệu còn sai sót",
    );
  });

  test("blanks what the settings do not give; fills number, date and signer when they do", () => {
    expect(proposal()).toMatch(/Số: …………\/TTr-UBND[\s\S]*Hòa Phong, ngày …… tháng …… năm ……[\s\S]*TM\. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n…………$/);
    const t = proposal({ proposal: { number: "15", date: "2025-12-22" }, signer: { name: "Vũ Đức Tuy" } });
    expect(t).toContain("Số: 15/TTr-UBND");
    expect(t).toContain("Hòa Phong, ngày 22 tháng 12 năm 2025");
    expect(t).toMatch(/TM\. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nVũ Đức Tuy$/);
  });

  test("a deputy signs as KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", () => {
    expect(proposal({ signer: { name: "Lê Văn Bình", deputy: true } })).toMatch(/TM\. ỦY BAN NHÂN DÂN\nKT\. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Bình$/);
  });
});

test("the biên bản fills the meeting's time, place, chair, secretary and members from the settings", () => {
  const settings: DossierSettings = {
    meeting: {
      date: "2025-12-18",
      time: "14 giờ 00 phút",
      place: "Hội trường UBND xã",
      chair: { name: "Vũ Đức Tuy", title: "Chủ tịch UBND xã" },
      secretary: { name: "Trần Thị Lan" },
      members: ["Ông Lê Văn Bình, Phó Chủ tịch UBND xã"],
    },
  };
  const t = text(dossierOf(runs.get("04-dong-hang-va-tap-the")!, settings).documents.find((x) => x.kind === "minutes")!);
  expect(t).toContain("Thời gian: 14 giờ 00 phút, ngày 18 tháng 12 năm 2025");
  expect(t).toContain("Địa điểm: Hội trường UBND xã");
  expect(t).toContain("Chủ trì: Vũ Đức Tuy, Chủ tịch UBND xã");
  expect(t).toContain("- Ông Lê Văn Bình, Phó Chủ tịch UBND xã");
  expect(t).toMatch(/THƯ KÝ\n\(Ký, ghi rõ họ và tên\)\nTrần Thị Lan\nCHỦ TRÌ\n\(Ký, ghi rõ họ và tên\)\nVũ Đức Tuy$/);
});

test("the báo cáo gives one line per applicable criterion with the person's figures, then score, level and rank", () => {
  const t = text(dossierOf(runs.get("04-dong-hang-va-tap-the")!).documents.filter((x) => x.kind === "report")[1]);
  expect(t).toContain("- Tiếp nhận, giải quyết 715/715 hồ sơ TTHC đúng hạn, trước hạn (100%);");
  expect(t).toContain("- Lập và lưu trữ hồ sơ điện tử: Đạt.");
  expect(t).toContain("Kết quả chấm điểm theo bộ tiêu chí thi đua: đạt 13/13 tiêu chí, 100 điểm, mức Xuất sắc, xếp hạng 4/14.");
  expect(t).toMatch(/Ngày, tháng, năm sinh: \n/);
  expect(t).toMatch(/NGƯỜI BÁO CÁO THÀNH TÍCH\n\(Ký, ghi rõ họ và tên\)\nPhạm Thị Hạnh$/);
});
