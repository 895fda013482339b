import { parseCount, parseGate, parseGender, parseKind, parsePercent, parseYesNo, isNotApplicable } from "../../../src/core/read/cells";

const val = (p: { kind: string; value?: unknown }) => (p.kind === "value" ? p.value : p.kind);
const code = (p: { kind: string; code?: string }) => (p.kind === "error" ? p.code : p.kind);

describe("counts (§3)", () => {
  test.each([
    [12, 12],
    [" 12 ", 12],
    ["1.234", 1234],
    ["1 234", 1234],
    ["1\u00a0234", 1234],
    ["1.234.567", 1234567],
    [0, 0],
    ["0", 0],
  ])("%p reads as %p", (input, expected) => expect(val(parseCount(input))).toBe(expected));

  test.each([null, "", "  ", "-", "–", "—", "/", "KAD", "không áp dụng", "Không Áp Dụng", "N/A", "n/a"])("%p is not applicable", (v) => {
    expect(parseCount(v).kind).toBe("na");
    expect(isNotApplicable(v)).toBe(true);
  });

  test('"12,000" is ambiguous: E_NOT_NUMBER with the thousands hint', () => {
    const p = parseCount("12,000");
    expect(p).toEqual({ kind: "error", code: "E_NOT_NUMBER", hint: "thousands" });
  });

  test.each([
    ["khoảng 50", "E_NOT_NUMBER"],
    ["12 hồ sơ", "E_NOT_NUMBER"],
    [true, "E_NOT_NUMBER"],
    [-5, "E_NEGATIVE"],
    ["-5", "E_NEGATIVE"],
    [12.5, "E_NOT_INTEGER"],
    ["12,5", "E_NOT_INTEGER"],
    [-2.5, "E_NEGATIVE"],
    [{ error: "#DIV/0!" }, "E_CELL_ERROR"],
    [{ error: "#N/A" }, "E_CELL_ERROR"],
  ])("%p → %s (precedence cell error > not number > negative > not integer)", (v, c) => expect(code(parseCount(v as never))).toBe(c));
});

describe("percents (§3)", () => {
  test.each([
    [0.965, 0.965],
    [96.5, 0.965],
    ["96,5%", 0.965],
    ["96.5 %", 0.965],
    ["96,5", 0.965],
    [1, 1],
    ["100%", 1],
    [0, 0],
    ["0,5", 0.5],
  ])("%p reads as the fraction %p", (v, f) => expect(val(parsePercent(v)) as number).toBeCloseTo(f, 12));

  test("text ending in % is always percentage points: '1%' is 0.01, not 100%", () => expect(val(parsePercent("1%"))).toBeCloseTo(0.01, 12));
  test.each(["105%", 150, -0.1, "-5%"])("%p is out of range", (v) => expect(code(parsePercent(v))).toBe("E_PERCENT_RANGE"));
  test("unreadable percent text is E_NOT_NUMBER", () => expect(code(parsePercent("cao"))).toBe("E_NOT_NUMBER"));
  test("N/A percent is not applicable", () => expect(parsePercent("KAD").kind).toBe("na"));
});

describe("yes/no (§3)", () => {
  test.each([
    "Đạt",
    "đạt",
    " DAT ",
    "Có",
    "x",
    "X",
    "✓",
    "✔",
    "Yes",
    "Y",
    "1",
    1,
    true,
    "TRUE",
    "Hoàn thành",
    "Hoàn thành tốt",
    "Hoàn thành xuất sắc",
  ])("%p is true", (v) => expect(val(parseYesNo(v))).toBe(true));
  test.each(["Không đạt", "Chưa đạt", "Không", "Chưa", "No", "N", "0", 0, false, "FALSE", "Không hoàn thành", "Chưa hoàn thành"])(
    "%p is false",
    (v) => expect(val(parseYesNo(v))).toBe(false),
  );
  test.each(["tốt", "ok", "2", 2])("%p is E_BAD_YESNO", (v) => expect(code(parseYesNo(v))).toBe("E_BAD_YESNO"));
  test("blank is not applicable", () => expect(parseYesNo(null).kind).toBe("na"));
});

describe("gates (§3)", () => {
  test.each(["Có", "x", "✓", "✔", "Yes", "Y", true, "TRUE", 2, "3"])("%p reads yes", (v) => expect(val(parseGate(v))).toBe(true));
  test.each([null, "", "KAD", "Không", "No", "N", 0, "0", false, "FALSE"])("%p reads no", (v) => expect(val(parseGate(v))).toBe(false));
  test.each(["Đạt", "Không đạt", "Hoàn thành", "có lẽ", 1.5, -1])("%p is E_BAD_YESNO (performance words do not answer a gate)", (v) =>
    expect(code(parseGate(v))).toBe("E_BAD_YESNO"),
  );
});

describe("kind and gender", () => {
  test.each([
    ["Cá nhân", "individual"],
    ["CN", "individual"],
    ["cn", "individual"],
    ["Tập thể", "collective"],
    ["tt", "collective"],
    ["TAP THE", "collective"],
    [null, "individual"],
    ["", "individual"],
  ])("%p is %s", (v, k) => expect(val(parseKind(v))).toBe(k));
  test("other text is E_BAD_KIND", () => expect(code(parseKind("Nhóm"))).toBe("E_BAD_KIND"));
  test.each([
    ["Nữ", "F"],
    ["nu", "F"],
    ["NAM", "M"],
    ["", null],
    ["khác", null],
    [null, null],
  ])("gender %p → %p", (v, g) => expect(parseGender(v)).toBe(g));
});

describe("review findings", () => {
  test("in a count a dot only groups thousands: '12.5' is not a number, '12,5' is 12.5", () => {
    expect(code(parseCount("12.5"))).toBe("E_NOT_NUMBER");
    expect(code(parseCount("12,5"))).toBe("E_NOT_INTEGER");
  });
  test("an Excel error in Loại đối tượng is E_CELL_ERROR, not E_BAD_KIND", () => expect(code(parseKind({ error: "#N/A" }))).toBe("E_CELL_ERROR"));
  test("a fraction keeps full precision (0.942 stays 0.942)", () => {
    expect(val(parsePercent(0.942))).toBe(0.942);
    expect(val(parsePercent("0,942"))).toBe(0.942);
  });
});
