// The clerk's workbook is sacred: names stay text, highlights are removable, the clerk's own formats survive,
// and bad input gives a clear Vietnamese message naming what is wrong, never a crash.
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { scoreFile } from "../../src/cli/commands";
import { openPackage, savePackage } from "../../src/xlsx/package";
import { clearHighlights } from "../../src/xlsx/writePackage";
import { fileNames, readZip, text, zip } from "../helpers/package";
import { PERSON_FIELDS } from "../helpers/sheet";
import { writeFlatWorkbook } from "../helpers/xlsx";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tdcchc-safe-"));
const F = [...PERSON_FIELDS, "hs_da_giai_quyet", "hs_dung_han", "tc14", "sang_kien"];
const TRICKY = ['=HYPERLINK("http://example.invalid","Bấm vào đây")', "+84 912 345 678", "@Lan", "-Nguyễn Văn Ba"];

async function load(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe("names that look like formulas", () => {
  const input = path.join(tmp, "tricky.xlsx");
  const out = path.join(tmp, "tricky.out.xlsx");
  beforeAll(async () => {
    await writeFlatWorkbook(
      input,
      F,
      TRICKY.map((name, i) => ({
        stt: i + 1,
        ho_ten: name,
        chuc_vu: "Công chức",
        hs_da_giai_quyet: 10,
        hs_dung_han: 10,
        tc14: "Đạt",
        sang_kien: 4 - i,
      })),
    );
    await scoreFile({ input, out, quota: 4 });
  });
  test("are written as text on every sheet, never as formulas", async () => {
    const wb = await load(out);
    const found: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as unknown;
          if (v && typeof v === "object" && "formula" in (v as object)) found.push(`${ws.name}!${cell.address}`);
          if (typeof v === "string" && TRICKY.includes(v)) found.push(`text:${ws.name}`);
        }),
      ),
    );
    expect(found.filter((f) => !f.startsWith("text:"))).toEqual([]);
    expect(found.filter((f) => f === "text:DS đề nghị khen thưởng")).toHaveLength(4);
  });
  test("are stored as strings in the package: no formula element anywhere, the texts in inline strings", () => {
    const parts = readZip(out);
    const sheets = fileNames(parts).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
    expect(sheets.map((p) => [p, /<f[\s>]/.test(text(parts, p))])).toEqual(sheets.map((p) => [p, false]));
    const all = sheets.map((p) => text(parts, p)).join("");
    expect(all).toContain('t="inlineStr"><is><t xml:space="preserve">=HYPERLINK("http://example.invalid","Bấm vào đây")</t>');
  });
});

describe("highlights", () => {
  const input = path.join(tmp, "fmt.xlsx");
  const out = path.join(tmp, "fmt.out.xlsx");
  beforeAll(async () => {
    await writeFlatWorkbook(input, F, [
      { ho_ten: "A", hs_da_giai_quyet: 10, hs_dung_han: 9, tc14: "Đạt" },
      { ho_ten: "B", hs_da_giai_quyet: 10, hs_dung_han: 11, tc14: "Đạt" },
    ]);
    const wb = await load(input);
    const ws = wb.getWorksheet("Theo dõi")!;
    ws.getCell("F4").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00FF00" } };
    ws.addConditionalFormatting({ ref: "A4:A5", rules: [{ type: "expression", priority: 1, formulae: ["A4>0"], style: { font: { bold: true } } }] });
    await wb.xlsx.writeFile(input);
    await scoreFile({ input, out });
  });
  test("are conditional formats in two colours on the shortfall and the error cell", async () => {
    const ws = (await load(out)).getWorksheet("Theo dõi")! as unknown as {
      conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
    };
    const ours = ws.conditionalFormattings.filter((c) => c.rules[0].formulae[0].includes("Thi đua CCHC"));
    expect(ours.map((c) => [c.ref, c.rules[0].formulae[0]])).toEqual([
      ["F5", 'ISTEXT("Thi đua CCHC: lỗi số liệu")'],
      ["F4", 'ISTEXT("Thi đua CCHC: chưa đạt chỉ tiêu")'],
    ]);
  });
  test("are removed by clearHighlights, leaving the clerk's own fill and conditional format", async () => {
    const pkg = openPackage(fs.readFileSync(out));
    expect(clearHighlights(pkg)).toBe(2);
    const cleared = path.join(tmp, "fmt.cleared.xlsx");
    fs.writeFileSync(cleared, await savePackage(pkg));
    const ws = (await load(cleared)).getWorksheet("Theo dõi")!;
    const left = (ws as unknown as { conditionalFormattings: { rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(left.map((c) => c.rules[0].formulae[0])).toEqual(["A4>0"]);
    expect((ws.getCell("F4").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FF00FF00");
  });
});

describe("command line errors", () => {
  const cli = (args: string[]) => {
    try {
      execFileSync(process.execPath, [require.resolve("tsx/cli"), "src/cli/score.ts", ...args], {
        cwd: path.join(__dirname, "..", ".."),
        stdio: "pipe",
      });
      return { code: 0, err: "" };
    } catch (e) {
      const x = e as { status: number; stderr: Buffer };
      return { code: x.status, err: x.stderr.toString() };
    }
  };
  test("an unreadable file exits 1 with a Vietnamese message naming it", () => {
    const bad = path.join(tmp, "hong.xlsx");
    fs.writeFileSync(bad, "không phải excel");
    const r = cli([bad]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Không đọc được tệp "${bad}": tệp không phải tệp Excel .xlsx/.xlsm.`);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
  test("a workbook with a damaged sheet exits 1 naming the part, without the parser's words or a stack", () => {
    const parts = readZip(path.join(__dirname, "..", "fixtures", "01-bang-theo-doi-chuan.xlsx"));
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].subarray(0, 3000);
    const bad = path.join(tmp, "hong-trang.xlsx");
    fs.writeFileSync(bad, zip(parts));
    const r = cli([bad]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Không đọc được tệp "${bad}": phần xl/worksheets/sheet1.xml của tệp bị hỏng`);
    expect(r.err).not.toMatch(/\n\s+at |[Uu]nexpected|Error/);
  });
  test("a missing sheet exits 1 and lists the sheets", () => {
    const r = cli(["test/fixtures/01-bang-theo-doi-chuan.xlsx", "--sheet", "Không có"]);
    expect([r.code, r.err.includes('Không có trang tính "Không có"'), r.err.includes("Theo dõi")]).toEqual([1, true, true]);
  });
  test("a header with no recognisable fields says which were found and which are missing", async () => {
    const f = path.join(tmp, "lac.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").addRows([
      ["Họ và tên", "Ngày sinh"],
      ["A", "1990"],
    ]);
    await wb.xlsx.writeFile(f);
    const r = cli([f]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Đã nhận ra: Họ và tên\./);
    expect(r.err).toMatch(/Còn thiếu: .*TC05\. Số hồ sơ đã giải quyết/);
  });
  test("a bad option value exits 2 with the usage", () => {
    const r = cli(["test/fixtures/01-bang-theo-doi-chuan.xlsx", "--quota", "hai"]);
    expect([r.code, /--quota phải là số nguyên/.test(r.err)]).toEqual([2, true]);
  });
});

describe("Xóa đánh dấu from the command line", () => {
  test("--clear-highlights removes the add-in's rules and keeps every value", async () => {
    const input = path.join(tmp, "fmt.out.xlsx");
    const out = path.join(tmp, "fmt.clean.xlsx");
    const { clearFile } = await import("../../src/cli/commands");
    expect((await clearFile(input, out))[0]).toMatch(/^Đã xóa 2 quy tắc/);
    const [a, b] = [await load(input), await load(out)];
    const rules = (w: ExcelJS.Workbook) =>
      ((w.getWorksheet("Theo dõi") as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings ?? []).length;
    expect([rules(a), rules(b)]).toEqual([3, 1]);
    a.getWorksheet("Theo dõi")!.eachRow((row, r) =>
      row.eachCell((cell, c) => expect(b.getWorksheet("Theo dõi")!.getCell(r, c).value).toEqual(cell.value)),
    );
  });
});

test("an output that cannot be written exits 1 with a message naming it, not a crash", async () => {
  const { scoreFile } = await import("../../src/cli/commands");
  const out = path.join(tmp, "khong-co-thu-muc", "ket-qua.xlsx");
  await expect(scoreFile({ input: path.join(__dirname, "..", "fixtures", "01-bang-theo-doi-chuan.xlsx"), out })).rejects.toThrow(
    `Không ghi được tệp "${out}"`,
  );
});
