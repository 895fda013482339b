// The same documents from the add-in as from the command line (§12, issue 9): "Lập hồ sơ" on the fake Excel for every
// fixture gives sheets whose text is the Word files' text (`dossierFiles`, what `--dossier DIR` writes), paragraph for
// paragraph and cell for cell: the same words in the same order.
//
// What may differ, being layout only:
// - a two-column block (the letterhead; the signatures, "Nơi nhận") is laid across rows on a sheet, its left and right
//   lines side by side, where Word has a table cell per column: the sheet's lines are read column by column within
//   the block (its parts split by an empty row: the titles, the room to sign, the names), as Word's cells are;
// - the first-line indent is spaces on a sheet and an indent in Word; a dotted blank is dots to the end of the line
//   on a sheet and a tab with a dot leader in Word: both read as "…" (any run of dots, one "…");
// - the short rule under the unit's name is a "————" line on a sheet and a border in Word; empty lines and spacing.
// The list compared is the dossier's "Danh sách kèm Tờ trình" (the nominees only, §12), not the run's "DS đề nghị
// khen thưởng" (§8: for the review meeting, with the tie group, the award and notes columns), a document of its own.
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { dossierOf } from "../../src/core/dossier";
import { scoreWorkbook } from "../../src/core/engine";
import { SHEET_MARKER } from "../../src/core/write/plan";
import type { DossierSettings } from "../../src/core/settings";
import { createExcelHost } from "../../src/excel/host";
import { dossierFiles } from "../../src/docx/files";
import { workbookSnapshot } from "../../src/xlsx/read";
import { createFakeOffice, type FakeOffice } from "../fakes/excel-fake";
import { installFakeExtras } from "../fakes/excel-fake-extras";
import { fakeDataFromXlsx } from "../fakes/fake-xlsx";
import { FIXTURES, SAMPLE_NAMES } from "../helpers/fixtures";
import ExcelJS from "exceljs";
import fs from "node:fs";

installFakeExtras(); // the shell reads every sheet's protection

const DATE = "2025-12-20";
/** Settings that fill most blanks, so names, numbers and dates from the settings are compared too. */
const SETTINGS: DossierSettings = {
  signer: { name: "Lê Văn Bình", deputy: true },
  preparedBy: "Ngô Thị Hà",
  proposal: { number: "15", date: DATE },
  meeting: {
    date: "2025-12-18",
    time: "14 giờ 00",
    place: "Hội trường UBND",
    chair: { name: "Nguyễn Văn Chủ", title: "Chủ tịch UBND" },
    secretary: { name: "Trần Thị Thư", title: "Công chức Văn phòng - Thống kê" },
    members: ["Ông Nguyễn Văn A, Phó Chủ tịch UBND", "Bà Lê Thị B, Công chức Tư pháp - Hộ tịch"],
  },
  confirmer: { name: "Nguyễn Văn Chủ" },
};

/** One unit of text as it reads: dots as one "…", spaces collapsed; "" for what is layout only. */
function norm(text: string): string {
  const t = text
    .normalize("NFC")
    .replace(/[\t…]+(\s*[\t…]+)*/g, "…")
    .replace(/\s+/g, " ")
    .trim();
  return /^—+$/.test(t) ? "" : t;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The paragraphs of a .docx in document order (a table's cells row by row), each as it reads. */
function wordUnits(docx: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(docx)["word/document.xml"]);
  const paragraphs = [...xml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map((m) => m[1] ?? "");
  return paragraphs
    .map((p) =>
      [...p.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/g, "").matchAll(/<w:tab\/>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => (m[1] === undefined ? "\t" : decode(m[1])))
        .join(""),
    )
    .map(norm)
    .filter((t) => t !== "");
}

/** A dossier sheet of the fake read as Word reads the document: full-width lines and table rows row by row; a
 * two-column block column by column, its parts split by empty rows. */
function sheetUnits(fake: FakeOffice, name: string): string[] {
  const s = fake.workbook.sheet(name);
  const printWidth = Number(
    /^A1:([A-Z]+)/
      .exec(s.page.printArea ?? "A1:T1")![1]
      .split("")
      .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0),
  );
  const out: string[] = [];
  let band: { row: number; col: number; text: string }[] = [];
  const flush = () => {
    band.sort((a, b) => a.col - b.col || a.row - b.row).forEach((p) => out.push(norm(p.text)));
    band = [];
  };
  s.rows.forEach((row, i) => {
    const r = i + 1;
    const pieces = (row ?? [])
      .map((c, k) => ({ col: k + 1, cell: c }))
      .filter(({ col, cell }) => col <= printWidth && cell && cell.value !== null && cell.value !== "" && cell.value !== SHEET_MARKER)
      .map(({ col, cell }) => ({ row: r, col, text: typeof cell!.value === "number" ? String(cell!.value).replace(".", ",") : String(cell!.value) }));
    if (pieces.length === 0) return flush();
    const bordered = (row ?? []).some((c) => c?.format?.borders);
    const merge = s.merges.find((m) => m.top === r && m.left === pieces[0].col);
    const fullWidth = pieces.length === 1 && pieces[0].col === 1 && (merge?.right ?? 1) >= printWidth;
    if (bordered || fullWidth) {
      flush();
      pieces.forEach((p) => out.push(norm(p.text)));
    } else band.push(...pieces);
  });
  flush();
  return out.filter((t) => t !== "");
}

const ARGS: Record<string, { allSheets?: boolean }> = { "05-moi-nganh-mot-trang": { allSheets: true } };

describe.each(SAMPLE_NAMES)("%s", (name) => {
  test("every sheet of “Lập hồ sơ” reads as its Word file, unit for unit", async () => {
    const fake = createFakeOffice(await fakeDataFromXlsx(path.join(FIXTURES, `${name}.xlsx`)));
    const settings = { ...ARGS[name], dossier: SETTINGS };
    const out = await createExcelHost(fake).makeDossier(settings);
    if (!out.ok) throw new Error(out.message);
    // the command line's side: the same workbook read from the file, scored with the same options, its Word files
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(path.join(FIXTURES, `${name}.xlsx`)) as unknown as ArrayBuffer);
    const scored = scoreWorkbook(workbookSnapshot(wb), { ...ARGS[name], dossier: SETTINGS });
    if (!scored.ok) throw new Error(scored.failure.code);
    const dossier = dossierOf(scored.run, SETTINGS, DATE);
    const files = await dossierFiles(dossier);
    expect(out.made.map((m) => m.kind)).toEqual(dossier.documents.map((d) => d.kind));
    expect(out.made.length).toBeGreaterThan(0);
    out.made.forEach((m, i) => {
      const sheet = sheetUnits(fake, m.sheet);
      const word = wordUnits(files[i].data);
      expect({ sheet: m.sheet, text: sheet }).toEqual({ sheet: m.sheet, text: word });
    });
  });
});
