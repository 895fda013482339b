// The lazily loaded host: the requirement check answers at once, the real host is loaded once on first use,
// every call reaches it unchanged, and a failed load is tried again.
import type { ExcelHost } from "../../src/excel/api";
import { lazyHost } from "../../src/taskpane/lazyHost";
import { fakeHost } from "./fakeHost";

test("the requirement check does not load the host; the first call loads it once for all", async () => {
  const real = fakeHost({ sheets: ["Theo dõi"] });
  const load = jest.fn(async () => real as ExcelHost);
  const host = lazyHost(load, () => ({ ok: true, missing: [] }));
  expect(host.checkRequirements()).toEqual({ ok: true, missing: [] });
  expect(load).not.toHaveBeenCalled();
  const [sheets, settings] = await Promise.all([host.listSheets(), host.loadSettings()]);
  expect(sheets).toEqual(["Theo dõi"]);
  expect(settings).toEqual({});
  await host.selectCell("Theo dõi", "D19");
  await host.saveSettings({ quota: 3 });
  expect(await host.clearHighlights()).toBe(3);
  const progress = jest.fn();
  const out = await host.scoreWorkbook({ quota: 3 }, progress);
  expect(out.ok).toBe(true);
  expect(progress).toHaveBeenCalledWith("done", 1);
  expect(real.selected).toEqual([{ sheet: "Theo dõi", address: "D19" }]);
  expect(real.saved).toEqual([{ quota: 3 }]);
  expect(real.runs).toEqual([{ quota: 3 }]);
  expect(load).toHaveBeenCalledTimes(1);
});

test("a failed load (e.g. the chunk did not arrive) is tried again on the next call", async () => {
  const load = jest.fn<Promise<ExcelHost>, []>().mockRejectedValueOnce(new Error("ChunkLoadError")).mockResolvedValue(fakeHost());
  const host = lazyHost(load, () => ({ ok: true, missing: [] }));
  await expect(host.listSheets()).rejects.toThrow("ChunkLoadError");
  await expect(host.listSheets()).resolves.toEqual(["Hướng dẫn", "Theo dõi"]);
  expect(load).toHaveBeenCalledTimes(2);
});
