// `npm run score` arguments and refusals (§10, §11): misspelt flags name the closest one; an output naming the input
// (same path, a relative path through "..", a link) is refused and nothing is written; an .xlsm copy stays .xlsm;
// several sheets; a run-level E_NO_ROOM writes only the error to --json; wrong settings are named.
import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { UsageError, closestFlag } from "../../src/cli/args";
import { main } from "../../src/cli/score";
import { CliError } from "../../src/cli/commands";

const FIX = path.join(__dirname, "..", "fixtures");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tdcchc-cli-"));
const copy = (name: string, to = name) => {
  const p = path.join(tmp, to);
  fs.copyFileSync(path.join(FIX, name), p);
  return p;
};

describe("flags", () => {
  test.each([
    ["qouta", "quota"],
    ["clear-highlight", "clear-highlights"],
    ["ouput", "out"],
    ["all-sheet", "all-sheets"],
    ["min_score", "min-score"],
  ])("--%s is refused, naming --%s", async (given, near) => {
    expect(closestFlag(given, ["sheet", "all-sheets", "json", "out", "quota", "min-score", "clear-highlights"])).toBe(near);
    await expect(main(["a.xlsx", `--${given}`, ...(given === "ouput" ? ["x.xlsx"] : [])])).rejects.toThrow(new RegExp(`--${near}\\?`));
  });
  test("an unrelated word gets no suggestion, and is still refused", async () => {
    await expect(main(["a.xlsx", "--zzzzzzzzzz"])).rejects.toThrow(/^Không có tùy chọn --zzzzzzzzzz\.$/);
  });
  test("--sheet and --all-sheets together, and a missing value, are usage errors", async () => {
    await expect(main(["a.xlsx", "--sheet", "A", "--all-sheets"])).rejects.toBeInstanceOf(UsageError);
    await expect(main(["a.xlsx", "--quota"])).rejects.toThrow(/Thiếu giá trị cho --quota/);
  });
});

describe("an output never replaces the input (§11)", () => {
  const input = copy("01-bang-theo-doi-chuan.xlsx", "in.xlsx");
  const before = fs.readFileSync(input);
  fs.mkdirSync(path.join(tmp, "sub"), { recursive: true });
  fs.symlinkSync(input, path.join(tmp, "link.xlsx"));
  test.each([
    ["--out = the input", ["--out", input, "--json", path.join(tmp, "a.json")], "a.json"],
    ["--json = the input through ..", ["--json", path.join(tmp, "sub", "..", "in.xlsx"), "--out", path.join(tmp, "b.xlsx")], "b.xlsx"],
    ["--out = a link to the input", ["--out", path.join(tmp, "link.xlsx"), "--json", path.join(tmp, "c.json")], "c.json"],
  ])("%s: exit 2, nothing written", async (_label, args, other) => {
    await expect(main([input, ...args])).rejects.toBeInstanceOf(UsageError);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(tmp, other))).toBe(false);
  });
  test("an .xlsm input cannot be written as .xlsx (the macros would be lost), nor an .xlsx as .xlsm", async () => {
    await expect(main([path.join(tmp, "x.xlsm"), "--out", path.join(tmp, "x.xlsx")])).rejects.toThrow(/macro/);
    await expect(main([input, "--out", path.join(tmp, "y.xlsm")])).rejects.toBeInstanceOf(UsageError);
    expect(fs.existsSync(path.join(tmp, "x.xlsx")) || fs.existsSync(path.join(tmp, "y.xlsm"))).toBe(false);
  });
});

test("sample 05 with --all-sheets: one population over three sheets; without it the others are named with --sheet", async () => {
  const input = copy("05-moi-nganh-mot-trang.xlsx");
  const json = path.join(tmp, "05.json");
  const all = await main([input, "--all-sheets", "--json", json]);
  expect(JSON.parse(fs.readFileSync(json, "utf8")).sheets).toHaveLength(3);
  expect(all.join("\n")).toMatch(/^Các trang "Văn phòng - Thống kê", "Tư pháp - Địa chính", "Văn hóa - Xã hội"/);
  const one = (await main([input])).join("\n");
  expect(one).toMatch(/Tư pháp - Địa chính/);
  expect(one).toMatch(/Văn hóa - Xã hội/);
  expect(one).toMatch(/--sheet/);
});

test("no room on the right: exit 1, no copy written, --json holds only the error (§10)", async () => {
  const input = path.join(tmp, "full.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Theo dõi");
  ws.addRow(["STT", "Họ và tên", "TC05. Số hồ sơ đã giải quyết", "TC05. Số hồ sơ trả kết quả đúng hạn, trước hạn"]);
  ws.addRow([1, "An", 10, 10]);
  ws.getCell(2, 16380).value = "lạc";
  await wb.xlsx.writeFile(input);
  const [out, json] = [path.join(tmp, "full.out.xlsx"), path.join(tmp, "full.json")];
  const err = await main([input, "--out", out, "--json", json]).catch((e) => e);
  expect(err).toBeInstanceOf(CliError);
  expect(err.message).toMatch(/không còn chỗ/);
  expect(fs.existsSync(out)).toBe(false);
  expect(JSON.parse(fs.readFileSync(json, "utf8"))).toEqual({ error: { code: "E_NO_ROOM", message: err.message } });
});

describe("settings", () => {
  const input = copy("01-bang-theo-doi-chuan.xlsx", "s.xlsx");
  test("--set unit.* names the unit when the heading does not; the summary says it came from the settings", async () => {
    const json = path.join(tmp, "s.json");
    const lines = await main([input, "--json", json, "--set", "unit.kind=phường", "--set", "unit.name=An Hòa"]);
    expect(JSON.parse(fs.readFileSync(json, "utf8")).unit).toEqual({ kind: "phường", name: "An Hòa", source: "settings" });
    expect(lines.join("\n")).toMatch(/Đơn vị: phường An Hòa \(theo cài đặt\)/);
  });
  test("an unknown key or a wrong value is named (exit 2)", async () => {
    await expect(main([input, "--set", "unit.kind=huyện"])).rejects.toThrow(/unit\.kind/);
    await expect(main([input, "--set", "dossier.signr.name=A"])).rejects.toThrow(/signr/);
    await expect(main([input, "--set", "noequals"])).rejects.toThrow(/khóa=giá-trị/);
  });
});
