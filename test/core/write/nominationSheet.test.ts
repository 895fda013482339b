// The list sheet "DS đề nghị khen thưởng" ready to print (issue 9): the unit of the heading everywhere, the summary as
// a sentence, scores without decimals, the signers from the settings, heights for wrapped text; and the tracking
// sheet's "Đề nghị khen thưởng" column saying why for everyone.
import { ScoreRun, scoreWorkbook } from "../../../src/core/engine";
import { CellValue } from "../../../src/core/read/snapshot";
import { DossierSettings } from "../../../src/core/settings";
import { SheetPlan } from "../../../src/core/write/plan";
import { PERSON_FIELDS, book, header } from "../../helpers/sheet";
import { fixtureRun } from "../../helpers/fixtures";

const F = [...PERSON_FIELDS, "gioi_tinh", "hs_da_giai_quyet", "hs_dung_han", "vb_trao_doi", "vb_dien_tu", "tc14", "bi_phan_anh", "sang_kien"];

/** A sheet headed "UBND phường An Hòa" over a title, with the canonical header on row 4. */
function run(rows: Record<string, CellValue>[], dossier: DossierSettings = {}): ScoreRun {
  const values: CellValue[][] = [["UBND phường An Hòa"], ["BẢNG THEO DÕI THI ĐUA"], [], F.map(header)];
  for (const r of rows) values.push(F.map((f) => r[f] ?? null));
  const out = scoreWorkbook(book({ name: "Theo dõi", values, merges: [] }), { dossier });
  if (!out.ok) throw new Error("layout");
  return out.run;
}

const person = (ho_ten: string, extra: Record<string, CellValue> = {}) => ({
  ho_ten,
  chuc_vu: "Công chức Tư pháp - hộ tịch",
  gioi_tinh: "Nữ",
  hs_da_giai_quyet: 45,
  hs_dung_han: 45,
  vb_trao_doi: 12,
  vb_dien_tu: 12,
  tc14: "Đạt",
  ...extra,
});

const list = (r: ScoreRun) => r.plan.sheets.find((s) => s.role === "nomination")!;
const texts = (sp: SheetPlan) => sp.rows.flat().flatMap((c) => (typeof c.v === "string" ? [c.v] : []));

describe("the list sheet", () => {
  const r = run(
    [
      person("Trần Minh Mai", { chuc_vu: "Phó Chủ tịch UBND", sang_kien: 2 }),
      person("Lê Văn Nam", { gioi_tinh: "Nam" }),
      person("Đỗ Thị Hoa", { bi_phan_anh: "Có" }),
    ],
    { preparedBy: "Nguyễn Thị Lan", signer: { name: "Vũ Đức Tuy", deputy: true } },
  );
  const sp = list(r);
  const t = texts(sp);

  test("names the unit of the sheet's heading: heading, award, place and date", () => {
    expect(t).toEqual(expect.arrayContaining(["ỦY BAN NHÂN DÂN", "PHƯỜNG AN HÒA", "ĐỀ NGHỊ CHỦ TỊCH UBND PHƯỜNG AN HÒA TẶNG GIẤY KHEN"]));
    expect(t).toContain("Giấy khen của Chủ tịch UBND phường An Hòa");
    expect(t).toContain("An Hòa, ngày …… tháng …… năm ……");
    expect(t.join("\n")).not.toContain("Hòa Phong");
  });

  test("a position that names the UBND is followed by the unit once, never 'UBND, UBND'", () => {
    expect(t).toContain("Phó Chủ tịch UBND phường An Hòa");
    expect(t.join("\n")).not.toMatch(/UBND, UBND|UBND phường An Hòa, UBND/);
  });

  test("the summary is a sentence from the catalog's words and the person's figures, not codes", () => {
    const s = t.find((x) => x.startsWith("Đạt 3/3"))!;
    expect(s).toBe("Đạt 3/3 tiêu chí, xếp hạng 1/3; tiếp nhận, giải quyết 45/45 hồ sơ TTHC đúng hạn, trước hạn (100%); 2 sáng kiến, giải pháp.");
    expect(t.join("\n")).not.toMatch(/\bTC\d\d\b/);
  });

  test("scores are numbers shown without decimals when whole (no '0.00' format)", () => {
    const scores = sp.rows.flat().filter((c) => c.v === 100);
    expect(scores.length).toBe(2);
    for (const c of scores) expect(c.s?.numFmt).toBeUndefined();
  });

  test("signs with the names from the settings, a deputy as KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", () => {
    expect(t).toEqual(
      expect.arrayContaining(["NGƯỜI LẬP BIỂU", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Lan", "Vũ Đức Tuy"]),
    );
    const at = (s: string) => sp.rows.findIndex((row) => row.some((c) => c.v === s));
    expect(at("Vũ Đức Tuy")).toBeGreaterThan(at("PHÓ CHỦ TỊCH") + 2);
  });

  test("A4 portrait with NĐ 30/2020 margins; rows of wrapped text get a height for every line", () => {
    expect(sp.page.orientation).toBe("portrait");
    expect(sp.page.margins).toMatchObject({ top: 0.787, bottom: 0.787, left: 1.181, right: 0.591 });
    const summaryRow = sp.rows.findIndex((row) => row.some((c) => typeof c.v === "string" && c.v.startsWith("Đạt 3/3"))) + 1;
    expect(sp.rowHeights![summaryRow]).toBeGreaterThanOrEqual(3 * 13);
  });

  test("cites the decree in force on the list's date", () => {
    const dated = (date: string) => texts(list(run([person("A")], { proposal: { date } }))).find((x) => x.startsWith("Căn cứ:"))!;
    expect(dated("2025-06-30")).toContain("Nghị định số 98/2023/NĐ-CP");
    expect(dated("2025-07-01")).toContain("Nghị định số 152/2025/NĐ-CP");
  });
});

describe("the tracking sheet's 'Đề nghị khen thưởng' column says why, for everyone", () => {
  const column = (r: ScoreRun) => {
    const t = r.plan.tracking[0];
    return new Map(r.rows.map((x) => [x.eval.name, t.values[x.eval.row - t.top][4]]));
  };

  test("04: the woman nominated at a tie, the man left beyond the quota, the reasons of the others", async () => {
    const c = column(await fixtureRun("04-dong-hang-va-tap-the"));
    expect(c.get("Lý Thanh Yến")).toBe("Đề nghị");
    expect(c.get("Phạm Thị Hạnh")).toBe("Đề nghị (ưu tiên nữ khi đồng hạng)");
    expect(c.get("Đỗ Văn Hùng")).toBe("Đủ điều kiện — ngoài chỉ tiêu (hạng 4; đồng hạng, ưu tiên nữ)");
    expect(c.get("Hồ Xuân Trang")).toBe("Đủ điều kiện — ngoài chỉ tiêu (hạng 6)");
    expect(c.get("Ngô Kim An")).toBe("Không: bị phản ánh");
    expect(c.get("Ngô Thị Cường")).toBe("Không: người tặng khen thưởng");
  });

  test("01: a tie the meeting settles names the others and why the women-first rule could not apply", async () => {
    const c = column(await fixtureRun("01-bang-theo-doi-chuan"));
    expect(c.get("Bùi Thu Giang")).toBe(
      "Cần bình xét: đồng hạng 2 với Đỗ Thanh Hương, Võ Quang An, Lê Đức Lan và 2 người khác (cùng 100 điểm), còn 1 suất; chưa đủ thông tin giới tính để ưu tiên nữ",
    );
    expect(c.get("Phan Văn Cường")).toBe("Đề nghị");
  });
});
