// The fake Excel behaves like Office where the shell's correctness depends on it (so the shell's tests can fail).
import { FakeRequestContext, OfficeError, createFakeOffice } from "../fakes/excel-fake";

const book = () =>
  createFakeOffice({
    sheets: [
      {
        name: "Theo dõi",
        rows: [
          ["Tiêu đề", null, null],
          ["a", 1, { formula: "=B2*2", value: 2 }],
          ["b", { error: "#DIV/0!" }, null],
        ],
        merges: ["A1:C1"],
        numberFormats: { C3: "@" },
      },
      { name: "Khác", rows: [] },
    ],
  });

type Ctx = FakeRequestContext;

describe("fake Excel", () => {
  test("a string starting with =, +, - or @ written to values becomes a formula in a General cell", async () => {
    const fake = book();
    await fake.Excel.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem("Khác").getRange("A1:E1").values = [['=HYPERLINK("x","y")', "+84 912", "-abc", "@x", "-5"]];
      await ctx.sync();
    });
    expect(fake.workbook.cell("Khác", "A1").formula).toBe('=HYPERLINK("x","y")');
    expect(fake.workbook.cell("Khác", "B1").formula).toBe("=+84 912");
    expect(fake.workbook.cell("Khác", "C1").formula).toBe("=-abc");
    expect(fake.workbook.cell("Khác", "D1").formula).toBe("=x");
    expect(fake.workbook.cell("Khác", "E1")).toMatchObject({ value: -5, type: "Double" });
  });

  test("the same strings stay text when the cell's number format is @ or they start with an apostrophe", async () => {
    const fake = book();
    await fake.Excel.run(async (ctx: Ctx) => {
      const r = ctx.workbook.worksheets.getItem("Khác").getRange("A1:B2");
      r.numberFormat = [
        ["@", "@"],
        ["General", "General"],
      ];
      r.values = [
        ["=1+1", "+84 912"],
        ["'=1+1", "'0912"],
      ];
      await ctx.sync();
    });
    expect(fake.workbook.formulas("Khác")).toEqual({});
    expect(fake.workbook.values("Khác", "A1:B2")).toEqual([
      ["=1+1", "+84 912"],
      ["=1+1", "0912"],
    ]);
  });

  test("properties are readable only after load and sync, as in Office", async () => {
    const fake = book();
    await fake.Excel.run(async (ctx: Ctx) => {
      const r = ctx.workbook.worksheets.getItem("Theo dõi").getRange("A1:C3");
      expect(() => r.values).toThrow(/load method/);
      r.load("values, valueTypes, formulas, address");
      expect(() => r.values).toThrow(OfficeError);
      await ctx.sync();
      expect(r.address).toBe("'Theo dõi'!A1:C3");
      expect(r.values).toEqual([
        ["Tiêu đề", "", ""],
        ["a", 1, 2],
        ["b", "#DIV/0!", ""],
      ]);
      expect(r.valueTypes[2]).toEqual(["String", "Error", "Empty"]);
      expect(r.formulas[1][2]).toBe("=B2*2");
      expect(() => r.numberFormat).toThrow(/numberFormat/);
    });
  });

  test("a merged area gives its value in the top-left cell only, and merging keeps only that value", async () => {
    const fake = book();
    await fake.Excel.run(async (ctx: Ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Theo dõi");
      ws.getRange("A2:B2").merge(false);
      const m = ws.getRange().getMergedAreasOrNullObject();
      m.load("address");
      await ctx.sync();
      expect(m.address).toBe("'Theo dõi'!A1:C1, 'Theo dõi'!A2:B2");
    });
    expect(fake.workbook.values("Theo dõi", "A2:C2")).toEqual([["a", "", 2]]);
  });

  test("used range (values only) and null objects", async () => {
    const fake = book();
    await fake.Excel.run(async (ctx: Ctx) => {
      const used = ctx.workbook.worksheets.getItem("Theo dõi").getUsedRangeOrNullObject(true);
      const none = ctx.workbook.worksheets.getItem("Khác").getUsedRangeOrNullObject(true);
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Không có");
      used.load("address");
      none.load("address");
      missing.load("name");
      await ctx.sync();
      expect(used.address).toBe("'Theo dõi'!A1:C3");
      expect(none.isNullObject).toBe(true);
      expect(missing.isNullObject).toBe(true);
    });
  });

  test("syncs are counted with the bytes of each request; a failing action stops the batch but earlier ones stay", async () => {
    const fake = book();
    await expect(
      fake.Excel.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem("Khác").getRange("A1:A1").values = [["trước"]];
        ctx.workbook.worksheets.getItem("Không có").getRange("A1:A1").values = [["x"]];
        ctx.workbook.worksheets.getItem("Khác").getRange("A2:A2").values = [["sau"]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(fake.workbook.values("Khác", "A1:A2")).toEqual([["trước"], [""]]);
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.maxPayloadBytes).toBeGreaterThan(JSON.stringify([["trước"]]).length);
  });

  test("a failed request delivers nothing it loaded", async () => {
    const fake = book();
    await fake.Excel.run(async (ctx: Ctx) => {
      const r = ctx.workbook.worksheets.getItem("Theo dõi").getRange("A2:A2").load("values");
      ctx.workbook.worksheets.getItem("Không có").load("name");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      expect(() => r.values).toThrow(/load method/);
    });
  });

  test("a request over the limit is refused whole", async () => {
    const fake = createFakeOffice({ sheets: [{ name: "S" }] }, { requestLimitBytes: 1000 });
    const big = Array.from({ length: 100 }, (_, i) => [`dòng số ${i} — khá dài`]);
    await expect(
      fake.Excel.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:A100").values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.workbook.values("S")).toEqual([]);
  });

  test("Excel.run sends what is still queued at the end, and hooks run between syncs", async () => {
    const fake = book();
    const seen: number[] = [];
    fake.hooks.beforeSync = (n) => void seen.push(n);
    await fake.Excel.run({ delayForCellEdit: true }, async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem("Khác").getRange("A1:A1").values = [[1]];
    });
    expect(fake.workbook.values("Khác")).toEqual([[1]]);
    expect(seen).toEqual([1]);
    expect(fake.stats.runOptions).toEqual([{ delayForCellEdit: true }]);
  });

  test("conditional formats: added at the top, enumerated with their custom formula, deleted one by one", async () => {
    const fake = createFakeOffice({ sheets: [{ name: "S", conditionalFormats: [{ ranges: "A1:A5", formula: "=A1>3", fill: "#FFFF00" }] }] });
    await fake.Excel.run(async (ctx: Ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      const cf = ws.getRanges("B2, C3:C4").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=TRUE";
      cf.custom.format.fill.color = "#FF0000";
      const all = ws.getRange().conditionalFormats;
      all.load("items/type,items/customOrNullObject/rule/formula");
      await ctx.sync();
      expect(all.items.map((x) => x.customOrNullObject.rule.formula)).toEqual(["=TRUE", "=A1>3"]);
      all.items[0].delete();
      await ctx.sync();
    });
    expect(fake.workbook.sheet("S").cfs.map((c) => c.formula)).toEqual(["=A1>3"]);
  });

  test("requirement sets: ExcelApi up to the version the fake claims", () => {
    const fake = createFakeOffice({ sheets: [{ name: "S" }] }, { excelApi: "1.9" });
    const req = fake.Office.context.requirements;
    expect([req.isSetSupported("ExcelApi", "1.9"), req.isSetSupported("ExcelApi", "1.10"), req.isSetSupported("ExcelApi", "1.13")]).toEqual([
      true,
      false,
      false,
    ]);
  });

  test("row moves shift cells, merges and conditional formats", () => {
    const fake = createFakeOffice({
      sheets: [{ name: "S", rows: [["x"], ["y"]], merges: ["A3:B3"], conditionalFormats: [{ ranges: "A2", formula: "=1" }] }],
    });
    fake.workbook.insertRows("S", 2);
    expect(fake.workbook.values("S", "A1:A3")).toEqual([["x"], [""], ["y"]]);
    expect(fake.workbook.sheet("S").merges).toEqual([{ top: 4, left: 1, bottom: 4, right: 2 }]);
    expect(fake.workbook.sheet("S").cfs[0].areas).toEqual([{ top: 3, left: 1, bottom: 3, right: 1 }]);
  });
});

describe("what the reader and the page setup use", () => {
  test("a range's own used range: the box of its cells with a value (a format alone does not count), null when none", async () => {
    const rows: (string | null)[][] = [];
    rows[2] = [null, "b"];
    rows[7] = ["a", null, "c"];
    rows[1_048_575] = ["x"];
    const fake = createFakeOffice({ sheets: [{ name: "S", rows, fills: { D20: "#FF0000" } }] });
    const out = await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      const head = ws.getRange("1:10").getUsedRangeOrNullObject(true).load("address,rowIndex,columnIndex,rowCount,columnCount,values");
      const below = ws.getRange("11:1048576").getUsedRangeOrNullObject(true).load("address");
      const none = ws.getRange("11:1000").getUsedRangeOrNullObject(true).load("address");
      await ctx.sync();
      return { head: { address: head.address, values: head.values }, below: below.address, none: none.isNullObject };
    });
    expect(out.head).toEqual({
      address: "S!A3:C8",
      values: [
        ["", "b", ""],
        ["", "", ""],
        ["", "", ""],
        ["", "", ""],
        ["", "", ""],
        ["a", "", "c"],
      ],
    });
    expect(out.below).toBe("S!A1048576");
    expect(out.none).toBe(true);
  });

  test("print area and manual page breaks are kept in the sheet's page setup", async () => {
    const fake = createFakeOffice({ sheets: [{ name: "S", rows: [["a"]] }] });
    await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.pageLayout.setPrintArea("A1:H40");
      ws.horizontalPageBreaks.add("A21");
      await ctx.sync();
    });
    expect(fake.workbook.sheet("S").page).toMatchObject({ printArea: "A1:H40", rowBreaks: [20] });
  });
});

describe("what the dossier's sheets use", () => {
  test("row heights are kept per row (read back uniform, else null), move with inserted rows, and must be 0–409 points", async () => {
    const fake = createFakeOffice({ sheets: [{ name: "S", rows: [["a"], ["b"], ["c"]] }] });
    const read = await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("2:2").format.rowHeight = 48.5;
      const two = ws.getRange("2:2").format.load("rowHeight");
      const mixed = ws.getRange("1:2").format.load("rowHeight");
      await ctx.sync();
      return [two.rowHeight, mixed.rowHeight];
    });
    expect(read).toEqual([48.5, null]);
    fake.workbook.insertRows("S", 1);
    expect([...fake.workbook.sheet("S").rowHeights]).toEqual([[3, 48.5]]);
    await expect(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("1:1").format.rowHeight = 500;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("underline is one of Office's styles, kept on every cell of the range", async () => {
    const fake = createFakeOffice({ sheets: [{ name: "S", rows: [["a", "b"]] }] });
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:B1").format.font.underline = "Single";
      await ctx.sync();
    });
    expect([fake.workbook.cell("S", "A1").format?.underline, fake.workbook.cell("S", "B1").format?.underline]).toEqual(["Single", "Single"]);
    await expect(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1").format.font.underline = "single";
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("setting a sheet's position moves its tab; a position outside the tabs fails", async () => {
    const fake = createFakeOffice({ sheets: [{ name: "A" }, { name: "B" }, { name: "C" }] });
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("C").position = 0;
      await ctx.sync();
    });
    expect(fake.workbook.sheetNames()).toEqual(["C", "A", "B"]);
    await expect(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("A").position = 3;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.workbook.sheetNames()).toEqual(["C", "A", "B"]);
  });
});
