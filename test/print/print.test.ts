// Print check of the dossier (§12) with LibreOffice headless: every Word file, every dossier sheet of the core's plans
// (and the run's list sheet), and every sheet "Lập hồ sơ" wrote through the Office.js shell on the fake Excel (only
// what the shell set carried into the file) printed to PDF — A4 portrait, text inside the NĐ 30/2020 margins, page
// counts, and every paragraph's full text on the printed pages. Skipped, saying so, where LibreOffice is missing.
// WRITE_PICTURES=1 also writes the first pages as PNG into docs/dossier/ for the README.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DossierDocument, documentText } from "../../src/core/dossier";
import { FORM } from "../../src/core/dossier/form";
import { dossierSheets } from "../../src/core/write/dossierSheets";
import { SHEET_MARKER, SHEET_NAMES, SheetPlan } from "../../src/core/write/plan";
import { ScoreOptions } from "../../src/core/engine";
import { createExcelHost } from "../../src/excel/host";
import { createFakeOffice } from "../fakes/excel-fake";
import { installFakeExtras } from "../fakes/excel-fake-extras";
import { fakeDataFromXlsx } from "../fakes/fake-xlsx";
import { writeFakeSheetsXlsx } from "./fakeXlsx";
import { dossierFiles, dossierOf } from "../../src/docx/files";
import { FIXTURES, fixtureRun } from "../helpers/fixtures";
import { writePlansXlsx } from "./planXlsx";
import { firstPagePng, normText, pdfInfo, pdfText, pdfWords, printToolsMissing, printsWhole, toPdf } from "./pdf";

installFakeExtras(); // the Office.js shell reads every sheet's protection

const missing = printToolsMissing();
const PT = 72 / 25.4;
const MAX_PAGES = { proposal: 2, list: 1, report: 3, minutes: 3 } as const;
/** The kind of a dossier sheet by its name ("Báo cáo thành tích 2" → report). */
const kindOf = (name: string): DossierDocument["kind"] =>
  name.startsWith(SHEET_NAMES.proposal)
    ? "proposal"
    : name.startsWith(SHEET_NAMES.list)
      ? "list"
      : name.startsWith(SHEET_NAMES.minutes)
        ? "minutes"
        : "report";
const PICTURES = path.join(__dirname, "..", "..", "docs", "dossier");

interface Printed {
  /** "04 docx 01-to-trinh" */
  label: string;
  source: string;
  maxPages: number;
  /** Texts that must print whole. */
  texts: string[];
  /** Name of the first page's picture in docs/dossier/, if any. */
  picture?: string;
}

const docTexts = (d: DossierDocument) =>
  documentText(d)
    .flatMap((l) => l.split(" | "))
    .filter((t) => t.trim() !== "");
const sheetTexts = (sp: SheetPlan) =>
  sp.rows.flatMap((r) => r.flatMap((c) => (typeof c.v === "string" && c.v.trim() && c.v !== SHEET_MARKER ? [c.v] : [])));

async function prepare(dir: string): Promise<Printed[]> {
  const out: Printed[] = [];
  const cases: {
    key: string;
    name: string;
    opts?: ScoreOptions;
    only?: DossierDocument["kind"][];
    pictures?: Record<string, string>;
  }[] = [
    {
      key: "04",
      name: "04-dong-hang-va-tap-the",
      pictures: { proposal: "to-trinh", report: "bao-cao-thanh-tich", "shell proposal": "trang-to-trinh" },
    },
    { key: "01", name: "01-bang-theo-doi-chuan", pictures: { minutes: "bien-ban-hop-binh-xet" } },
    { key: "05", name: "05-moi-nganh-mot-trang" },
    // ten nominees: the lists still print on one page
    {
      key: "02x10",
      name: "02-bieu-mau-hai-tang",
      opts: { quota: 10 },
      only: ["proposal", "list"],
      pictures: { list: "danh-sach", "sheet nomination": "trang-ds-de-nghi" },
    },
  ];
  for (const c of cases) {
    const run = await fixtureRun(c.name, c.opts);
    const dossier = dossierOf(run, {}, "2025-12-20");
    const docs = dossier.documents.filter((d) => !c.only || c.only.includes(d.kind));
    const files = await dossierFiles({ ...dossier, documents: docs });
    let report = 0;
    docs.forEach((d, i) => {
      const file = path.join(dir, `${c.key}-${files[i].name}`);
      fs.writeFileSync(file, files[i].data);
      const first = d.kind !== "report" || ++report === 1;
      out.push({
        label: `${c.key} ${files[i].name}`,
        source: file,
        maxPages: MAX_PAGES[d.kind],
        texts: docTexts(d),
        picture: first ? c.pictures?.[d.kind] : undefined,
      });
    });
    // the core's plans: the dossier's sheets and the run's list (for the meeting: the tie group too)
    const people = run.nomination.nominees.length + run.nomination.tieReview.length;
    const sheets = [...dossierSheets({ ...dossier, documents: docs }), ...run.plan.sheets.filter((s) => s.role === "nomination")];
    for (const sp of sheets) {
      const kind = sp.role === "nomination" ? "nomination" : kindOf(sp.name);
      const file = path.join(dir, `${c.key}-sheet-${sheets.indexOf(sp) + 1}.xlsx`);
      await writePlansXlsx(file, [sp]);
      // the run's list holds the tie group too: one page is promised for up to ten people
      const maxPages = kind === "nomination" ? (people > 10 ? 3 : 1) : MAX_PAGES[kind];
      out.push({ label: `${c.key} sheet “${sp.name}”`, source: file, maxPages, texts: sheetTexts(sp), picture: c.pictures?.[`sheet ${kind}`] });
    }
    // the Office.js shell: "Lập hồ sơ" on the fake Excel, each sheet as the shell left it
    const fake = createFakeOffice(await fakeDataFromXlsx(path.join(FIXTURES, `${c.name}.xlsx`)));
    const made = await createExcelHost(fake).makeDossier({ ...c.opts, dossier: { proposal: { date: "2025-12-20" } } });
    if (!made.ok) throw new Error(made.message);
    let shellReport = 0;
    for (const m of made.made.filter((x) => !c.only || c.only.includes(x.kind))) {
      const file = path.join(dir, `${c.key}-shell-${made.made.indexOf(m) + 1}.xlsx`);
      await writeFakeSheetsXlsx(file, fake.workbook, [m.sheet]);
      const texts = fake.workbook
        .values(m.sheet)
        .flat()
        .filter((v): v is string => typeof v === "string" && v.trim() !== "" && v !== SHEET_MARKER);
      const first = m.kind !== "report" || ++shellReport === 1;
      out.push({
        label: `${c.key} shell “${m.sheet}”`,
        source: file,
        maxPages: MAX_PAGES[m.kind],
        texts,
        picture: first ? c.pictures?.[`shell ${m.kind}`] : undefined,
      });
    }
  }
  return out;
}

if (missing) {
  test.skip(`print check skipped: "${missing}" is not installed (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation2 fonts-crosextra-carlito poppler-utils)`, () => {});
} else {
  describe("print check (LibreOffice)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-print-"));
    let printed: (Printed & { pdf: string })[] = [];
    beforeAll(async () => {
      const list = await prepare(dir);
      const pdfs = toPdf(
        list.map((p) => p.source),
        path.join(dir, "pdf"),
      );
      printed = list.map((p) => ({ ...p, pdf: pdfs.get(p.source)! }));
    }, 600000);
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    test("there is something to print: the Word files, the plans' sheets and the shell's sheets of four runs", () => {
      expect(printed.length).toBeGreaterThan(40);
      expect(printed.filter((p) => p.label.includes(" shell ")).length).toBeGreaterThan(10);
      for (const p of printed) expect(fs.existsSync(p.pdf)).toBe(true);
    });

    test("every page is A4 portrait", () => {
      const wrong = printed
        .map((p) => ({ p, info: pdfInfo(p.pdf) }))
        .filter(({ info }) => Math.round(info.width) !== 595 || Math.round(info.height) !== 842);
      expect(wrong.map(({ p, info }) => `${p.label}: ${info.width} x ${info.height}`)).toEqual([]);
    });

    test("page counts: Tờ trình ≤ 2, the list 1 (up to 10 people), each báo cáo ≤ 3, the biên bản ≤ 3", () => {
      const counted = printed.map((p) => ({ p, pages: pdfInfo(p.pdf).pages }));
      console.log(counted.map(({ p, pages }) => `${p.label}: ${pages} (≤ ${p.maxPages})`).join("\n"));
      const over = counted.filter(({ p, pages }) => pages > p.maxPages);
      expect(over.map(({ p, pages }) => `${p.label}: ${pages} pages > ${p.maxPages}`)).toEqual([]);
    });

    test("the text stays inside the NĐ 30/2020 margins (the page number above the top margin aside)", () => {
      const m = FORM.margins;
      const [left, right, top, bottom] = [m.left * PT, (FORM.page.width - m.right) * PT, m.top * PT, (FORM.page.height - m.bottom) * PT];
      const outside = printed.flatMap((p) =>
        pdfWords(p.pdf)
          .filter((w) => !(/^\d+$/.test(w.text) && w.yMax < top))
          .filter((w) => w.xMin < left - 2 || w.xMax > right + 2 || w.yMin < top - 2 || w.yMax > bottom + 2)
          .map((w) => `${p.label}: “${w.text}” on page ${w.page} at ${Math.round(w.xMin)},${Math.round(w.yMin)}`),
      );
      expect(outside).toEqual([]);
    });

    test("every paragraph, line and cell prints whole (not only its first lines)", () => {
      const cut = printed.flatMap((p) => {
        // spaces and hyphens aside: a line may break after "/" or "-" (and pdftotext drops a hyphen ending a line)
        const text = pdfText(p.pdf).replace(/[ -]/g, "");
        const words = pdfWords(p.pdf);
        return p.texts
          .map(normText)
          .filter((t) => !text.includes(t.replace(/[ -]/g, "")) && !printsWhole(words, t))
          .map((t) => `${p.label}: ${t}`);
      });
      expect(cut).toEqual([]);
    });

    test("pictures of first pages for the README (WRITE_PICTURES=1)", () => {
      const pictures = printed.filter((p) => p.picture);
      expect(pictures.length).toBe(6);
      if (!process.env.WRITE_PICTURES) return;
      fs.mkdirSync(PICTURES, { recursive: true });
      for (const p of pictures) firstPagePng(p.pdf, path.join(PICTURES, p.picture!));
    });
  });
}
