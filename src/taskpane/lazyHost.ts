// An ExcelHost that loads the real one (Office.js shell + scoring core) on first use, so the first screen does not
// wait for it; only the requirement check, which the first screen needs at once, is answered without loading.
import type { ExcelHost } from "../excel/api";

export function lazyHost(load: () => Promise<ExcelHost>, checkRequirements: ExcelHost["checkRequirements"]): ExcelHost {
  let loading: Promise<ExcelHost> | undefined;
  const host = () => {
    loading ??= load();
    loading.catch(() => (loading = undefined)); // a failed chunk load is retried on the next call
    return loading;
  };
  return {
    checkRequirements,
    listSheets: () => host().then((h) => h.listSheets()),
    loadSettings: () => host().then((h) => h.loadSettings()),
    saveSettings: (s) => host().then((h) => h.saveSettings(s)),
    scoreWorkbook: (s, onProgress) => host().then((h) => h.scoreWorkbook(s, onProgress)),
    scoreSaved: (onProgress) => host().then((h) => h.scoreSaved(onProgress)),
    makeDossier: (s, onProgress) => host().then((h) => h.makeDossier(s, onProgress)),
    findTrackingSheets: (s) => host().then((h) => h.findTrackingSheets(s)),
    clearHighlights: () => host().then((h) => h.clearHighlights()),
    selectCell: (sheet, address) => host().then((h) => h.selectCell(sheet, address)),
    readCatalog: () => host().then((h) => h.readCatalog()),
    createTrackingSheet: (source) => host().then((h) => h.createTrackingSheet(source)),
    applyChecks: (s) => host().then((h) => h.applyChecks(s)),
    saveCatalogSheet: () => host().then((h) => h.saveCatalogSheet()),
    readGuide: (s) => host().then((h) => h.readGuide(s)),
    startLiveCheck: (o) => host().then((h) => h.startLiveCheck(o)),
  };
}
