// The command line's dossier (§12, --dossier DIR) on the five samples: the Word files that are made and their names,
// the text of word/document.xml (nominees, tie group, unit, nothing forbidden), and the page set up by NĐ 30/2020.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { ScoreRun } from "../../src/core/engine";
import { DossierOutcome, writeRunDossier } from "../../src/docx/write";
import { SAMPLE_NAMES, fixtureRun } from "../helpers/fixtures";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-docx-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** word/document.xml of a .docx, and its text the way the acceptance check reads it (one line per paragraph). */
function documentXml(file: string): { xml: string; text: string } {
  const xml = strFromU8(unzipSync(fs.readFileSync(file))["word/document.xml"]);
  const text = xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<w:(tab|br)\b[^>]*\/>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .normalize("NFC");
  return { xml, text };
}

describe.each(SAMPLE_NAMES)("%s", (name) => {
  let run: ScoreRun;
  let out: DossierOutcome;
  const dir = path.join(tmp, name);
  beforeAll(async () => {
    run = await fixtureRun(name);
    out = await writeRunDossier(dir, run, {}, "2025-12-20");
  });

  test("writes the files §12 names, in order, and returns them", () => {
    const { nominees, tieReview } = run.nomination;
    const want = [
      ...(nominees.length ? ["01-to-trinh.docx", "02-danh-sach.docx"] : []),
      ...nominees.map((r, i) => `03-bao-cao-thanh-tich-${i + 1}-`),
      ...(nominees.length || tieReview.length ? ["04-bien-ban-hop-binh-xet.docx"] : []),
    ];
    expect(out.written.map((f) => path.basename(f))).toEqual(
      want.map((w, i) => (w.endsWith("-") ? expect.stringMatching(new RegExp(`^${w}[a-z0-9-]+\\.docx$`)) : want[i])),
    );
    expect(fs.readdirSync(dir).sort()).toEqual(out.written.map((f) => path.basename(f)).sort());
    expect(out.reason).toBeNull();
  });

  test("each file names the unit and its people: nominees in all, the tie group only in the biên bản", () => {
    const { nominees, tieReview } = run.nomination;
    for (const file of out.written) {
      const { text } = documentXml(file);
      const base = path.basename(file);
      expect(text).toContain(run.unit.name);
      const who = base.startsWith("03-") ? [nominees[Number(/-(\d+)-/.exec(base)![1]) - 1]] : nominees;
      for (const r of who) expect(text).toContain(r.eval.name);
      if (base.startsWith("04-")) for (const r of tieReview) expect(text).toContain(r.eval.name);
      if (/^0[12]-/.test(base)) for (const r of tieReview) expect(text).not.toContain(r.eval.name);
      if (base.startsWith("01-")) expect(text).toContain("TỜ TRÌNH");
      expect(text).not.toMatch(/100\.00|UBND, UBND|lập tự động|Thi đua CCHC|undefined|NaN/);
    }
  });

  test("every page is A4 portrait within NĐ 30/2020 margins, in Times New Roman, the motto underlined", () => {
    for (const file of out.written) {
      const { xml } = documentXml(file);
      const size = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(xml)!;
      expect([Number(size[1]), Number(size[2])]).toEqual([11906, 16838]);
      expect(xml).not.toMatch(/w:orient="landscape"/);
      const mm = (k: string) => (Number(new RegExp(`<w:pgMar[^>]* w:${k}="(\\d+)"`).exec(xml)![1]) / 1440) * 25.4;
      expect(mm("top")).toBeGreaterThanOrEqual(19.9);
      expect(mm("top")).toBeLessThanOrEqual(25.1);
      expect(mm("bottom")).toBeGreaterThanOrEqual(19.9);
      expect(mm("left")).toBeGreaterThanOrEqual(29.9);
      expect(mm("left")).toBeLessThanOrEqual(35.1);
      expect(mm("right")).toBeGreaterThanOrEqual(14.9);
      expect(mm("right")).toBeLessThanOrEqual(20.1);
      expect(xml).toContain('w:ascii="Times New Roman"');
      expect(xml).toMatch(/<w:u w:val="single"\/>(?:(?!<\/w:r>).)*Độc lập - Tự do - Hạnh phúc/s);
    }
  });
});

test("a run with no nominee and no tie writes nothing and says why", async () => {
  const run = await fixtureRun("04-dong-hang-va-tap-the");
  const none = { ...run, nomination: { ...run.nomination, nominees: [], tieReview: [], filled: 0, reason: "not-enough-eligible" as const } };
  const dir = path.join(tmp, "none");
  const out = await writeRunDossier(dir, none, {}, "2025-12-20");
  expect(out.written).toEqual([]);
  expect(fs.existsSync(dir)).toBe(false);
  expect(out.reason).toMatch(/^Không lập hồ sơ đề nghị khen thưởng/);
});

test("the settings reach the files: number, date, signer; a date before 01/7/2025 cites NĐ 98/2023", async () => {
  const run = await fixtureRun("04-dong-hang-va-tap-the");
  const dir = path.join(tmp, "settings");
  const out = await writeRunDossier(dir, run, { proposal: { number: "15", date: "2025-06-25" }, signer: { name: "Lê Văn Bình", deputy: true } });
  const { text } = documentXml(out.written[0]);
  expect(text).toContain("Số: 15/TTr-UBND");
  expect(text).toContain("Hòa Phong, ngày 25 tháng 6 năm 2025");
  expect(text).toContain("Nghị định số 98/2023/NĐ-CP");
  expect(text).not.toContain("152/2025");
  expect(text).toMatch(/KT\. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(\s*\n)*Lê Văn Bình/);
  expect(text).toContain("02 (hai) cá nhân");
});
