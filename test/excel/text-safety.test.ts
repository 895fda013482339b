// Text from the workbook never becomes a formula: names such as =HYPERLINK(…), +84 912, -abc, @x land as text in
// every cell the add-in writes (the fake turns such strings into formulas unless the cell is "@", so this can fail).
import { SHEET_NAMES } from "../../src/core/write/plan";
import { createFakeOffice, FakeRequestContext } from "../fakes/excel-fake";
import { flatSheet } from "../helpers/sheet";
import { FIELDS, bookOf, expectOk, scoreOnFake } from "./helpers";

const TRICKY = ['=HYPERLINK("http://example.invalid","Bấm vào đây")', "+84 912 345 678", "-abc", "@x", "=1+1", "'Trần Thị Nở"];

function sheetWithTrickyNames() {
  const perfect = (name: string, i: number) => ({
    stt: i + 1,
    ho_ten: name,
    chuc_vu: name,
    linh_vuc: "Tư pháp",
    hs_da_giai_quyet: 100,
    hs_dung_han: 100,
    phieu_danh_gia: 50,
    phieu_hai_long: 50,
    tc01: "Đạt",
    bi_phan_anh: "Không",
  });
  return flatSheet(FIELDS, [...TRICKY.map(perfect), perfect("Lê Văn Thường", TRICKY.length)]);
}

test("control: the fake makes formulas of these strings in a General cell", async () => {
  const fake = createFakeOffice({ sheets: [{ name: "S" }] });
  await fake.Excel.run(async (ctx: FakeRequestContext) => {
    ctx.workbook.worksheets.getItem("S").getRange(`A1:A${TRICKY.length - 1}`).values = TRICKY.slice(0, -1).map((t) => [t]);
    await ctx.sync();
  });
  expect(Object.keys(fake.workbook.formulas("S"))).toHaveLength(TRICKY.length - 1);
});

test("names that look like formulas land as text in the nomination list and nowhere become formulas", async () => {
  const book = bookOf(sheetWithTrickyNames());
  const { fake, outcome } = await scoreOnFake(book, { quota: 10 });
  const report = expectOk(outcome);
  expect(report.result.nominees.map((n) => n.name).sort()).toEqual([...TRICKY, "Lê Văn Thường"].sort());

  for (const name of fake.workbook.sheetNames()) expect({ name, formulas: fake.workbook.formulas(name) }).toEqual({ name, formulas: {} });

  const list = fake.workbook.sheet(SHEET_NAMES.nomination);
  const cells = list.rows.flatMap((row) => row ?? []).filter((c) => c && typeof c.value === "string");
  for (const t of TRICKY) {
    const hits = cells.filter((c) => c!.value === t);
    expect({ t, found: hits.length > 0 }).toEqual({ t, found: true });
    for (const c of hits) expect(c!.numberFormat).toBe("@");
  }
});
