// The unit (§10): read from the heading in its usual spellings, on one line or two, else settings, else catalog.
import { DEFAULT_CATALOG } from "../../../src/core/catalog";
import { chooseUnit, forUnitKind, parseUnitText, unitFromHeading, unitWords } from "../../../src/core/read/unit";
import { CellValue } from "../../../src/core/read/snapshot";

const sheet = (rows: CellValue[][]) => ({ name: "Theo dõi", values: rows, merges: [] });

describe("parseUnitText", () => {
  test.each([
    ["ỦY BAN NHÂN DÂN XÃ TÂN LẬP", { kind: "xã", name: "Tân Lập" }],
    ["UBND phường An Hòa", { kind: "phường", name: "An Hòa" }],
    ["Uỷ ban nhân dân đặc khu Côn Đảo", { kind: "đặc khu", name: "Côn Đảo" }],
    ["UỶ BAN NHÂN DÂN\nXÃ BÌNH MINH", { kind: "xã", name: "Bình Minh" }],
    ["uy ban nhan dan xa tan lap", { kind: "xã", name: "tan lap" }],
    ["UBND  xã   Ea Kao", { kind: "xã", name: "Ea Kao" }],
  ])("%j names a unit", (text, want) => {
    expect(parseUnitText(text)).toEqual(want);
  });
  test.each([
    "ỦY BAN NHÂN DÂN",
    "UBND XÃ",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Xã Tân Lập",
    "BẢNG THEO DÕI UBND XÃ TÂN LẬP",
    "UBND huyện Tân Lập",
  ])("%j names no unit", (text) => {
    expect(parseUnitText(text)).toBeNull();
  });
});

describe("unitFromHeading", () => {
  test("the official two lines: 'Ủy ban nhân dân' over 'XÃ BÌNH MINH' in the same column", () => {
    const s = sheet([
      ["ỦY BAN NHÂN DÂN", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["XÃ BÌNH MINH", null, "Độc lập - Tự do - Hạnh phúc"],
      [],
      ["STT", "Họ và tên"],
    ]);
    expect(unitFromHeading(s, 4)).toEqual({ kind: "xã", name: "Bình Minh" });
  });
  test("the first matching cell from the top, left to right, wins; rows of the header and below are not the heading", () => {
    const s = sheet([[null, "UBND phường An Hòa", "UBND xã Khác"], ["UBND xã Dưới"], ["Họ và tên"], ["UBND xã Trong Bảng"]]);
    expect(unitFromHeading(s, 3)).toEqual({ kind: "phường", name: "An Hòa" });
    expect(unitFromHeading(sheet([["Họ và tên"], ["UBND xã Trong Bảng"]]), 1)).toBeNull();
  });
});

describe("chooseUnit", () => {
  test("heading first, then the clerk's settings, then the catalog", () => {
    expect(chooseUnit({ kind: "phường", name: "An Hòa" }, { kind: "xã", name: "Khác" }, DEFAULT_CATALOG)).toEqual({
      kind: "phường",
      name: "An Hòa",
      source: "sheet",
    });
    expect(chooseUnit(null, { kind: "xã", name: "Tân Lập" }, DEFAULT_CATALOG)).toEqual({ kind: "xã", name: "Tân Lập", source: "settings" });
    expect(chooseUnit(null, undefined, DEFAULT_CATALOG)).toEqual({ kind: "xã", name: "Hòa Phong", source: "catalog" });
  });
});

test("the words that name a unit follow its kind", () => {
  const w = unitWords({ kind: "phường", name: "An Hòa" });
  expect(w).toEqual({
    full: "Ủy ban nhân dân phường An Hòa",
    short: "UBND phường An Hòa",
    heading: ["ỦY BAN NHÂN DÂN", "PHƯỜNG AN HÒA"],
    chairman: "Chủ tịch UBND phường An Hòa",
    place: "An Hòa",
  });
  expect(forUnitKind("Giấy khen của Chủ tịch UBND xã", { kind: "phường", name: "An Hòa" })).toBe("Giấy khen của Chủ tịch UBND phường");
  expect(forUnitKind("Giấy khen của Chủ tịch UBND xã", { kind: "đặc khu", name: "Côn Đảo" })).toBe("Giấy khen của Chủ tịch UBND đặc khu");
});
