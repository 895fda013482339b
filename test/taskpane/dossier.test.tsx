/**
 * @jest-environment jsdom
 */
// The "Hồ sơ đề nghị khen thưởng" step after a run: what will be made and the blanks left, the details saved in the
// workbook's settings, one button with its spoken progress and outcome (each sheet made opens on a click), the reason
// and no button when there is nothing to make, a failure in plain words, English second.
import { act } from "react";
import { App } from "../../src/taskpane/App";
import type { DossierOutcome, OnProgress, RunReport } from "../../src/excel/api";
import { dossierOfForm, formOf, isDate, plannedSheets } from "../../src/taskpane/dossierForm";
import { button, click, fill, mount, textOf, type, waitFor, type Mounted } from "./dom";
import { fakeHost, sampleDossier, sampleReport, type FakeHost } from "./fakeHost";

let m: Mounted | undefined;
afterEach(() => {
  m?.unmount();
  m = undefined;
});

const RUN = "Chấm điểm & Xếp hạng";
const step = () => m!.container.querySelector<HTMLElement>("[data-testid=dossier]")!;
const inputByLabel = (root: HTMLElement, label: string): HTMLInputElement | HTMLTextAreaElement => {
  const l = [...root.querySelectorAll("label")].find((x) => x.textContent?.replace(/\s+/g, " ").trim() === label);
  if (!l) throw new Error(`no label "${label}" in: ${[...root.querySelectorAll("label")].map((x) => x.textContent).join(" | ")}`);
  const el = l.htmlFor ? (document.getElementById(l.htmlFor) as HTMLInputElement | null) : l.querySelector("input");
  if (!el) throw new Error(`label "${label}" has no field`);
  return el;
};

/** Mount the pane and run once; returns when the dossier step is shown. */
async function afterRun(host: FakeHost, run = RUN): Promise<HTMLElement> {
  m = await mount(<App host={host} />);
  await waitFor(() => button(m!.container, run));
  await click(button(m.container, run));
  await waitFor(() => expect(step()).not.toBeNull());
  return step();
}

test("after a run: the sheets that will be made, by name and person, and the blanks the documents will leave", async () => {
  const el = await afterRun(fakeHost());
  expect(el.querySelector("h2")?.textContent).toBe("Hồ sơ đề nghị khen thưởng");
  const planned = [...el.querySelectorAll("[data-testid=dossier-planned] li")].map((li) => li.textContent);
  expect(planned).toEqual([
    "Tờ trình đề nghị khen thưởng — trang “Tờ trình”",
    "Danh sách kèm Tờ trình (1 cá nhân) — trang “Danh sách kèm Tờ trình”",
    "Báo cáo thành tích của Nguyễn Thị An — trang “Báo cáo thành tích 1”",
    "Biên bản họp bình xét với Nguyễn Thị An (được đề nghị) — trang “Biên bản họp bình xét”",
  ]);
  const blanks = [...el.querySelectorAll("[data-testid=dossier-blanks] li")].map((li) => li.textContent);
  expect(blanks).toEqual(expect.arrayContaining(["Số tờ trình", "Ngày tờ trình", "Họ tên người ký tờ trình và danh sách", "Thời gian họp"]));
  expect(button(el, "Lập hồ sơ").disabled).toBe(false);
});

test("the details: typed in, they leave the blanks list and are saved in the workbook's settings (the core's shape)", async () => {
  const host = fakeHost();
  const el = await afterRun(host);
  const toggle = button(el, "Thông tin ghi trên hồ sơ");
  expect(toggle.getAttribute("aria-expanded")).toBe("false");
  await click(toggle);
  expect(toggle.getAttribute("aria-expanded")).toBe("true");
  await type(inputByLabel(el, "Họ và tên người ký") as HTMLInputElement, "  Lê Văn Bình ");
  await click(el.querySelector<HTMLInputElement>("input[type=checkbox]")!);
  await type(inputByLabel(el, "Số tờ trình") as HTMLInputElement, "15");
  await type(inputByLabel(el, "Ngày tờ trình") as HTMLInputElement, "2025-12-20");
  await fill(inputByLabel(el, "Thành phần tham dự (mỗi người một dòng)"), "Ông Nguyễn Văn A, Phó Chủ tịch UBND xã\n\n Bà Lê Thị B ");
  const blanks = () => [...el.querySelectorAll("[data-testid=dossier-blanks] li")].map((li) => li.textContent);
  expect(blanks()).not.toContain("Số tờ trình");
  expect(blanks()).not.toContain("Ngày tờ trình");
  expect(blanks()).not.toContain("Họ tên người ký tờ trình và danh sách");
  expect(blanks()).not.toContain("Thành phần tham dự");
  await click(button(el, "Lưu thông tin hồ sơ"));
  await waitFor(() => expect(el.querySelector("[data-testid=dossier-saved]")?.textContent).toBe("Đã lưu thông tin hồ sơ vào sổ làm việc."));
  expect(host.saved.at(-1)?.dossier).toEqual({
    signer: { name: "Lê Văn Bình", deputy: true },
    proposal: { number: "15", date: "2025-12-20" },
    meeting: { members: ["Ông Nguyễn Văn A, Phó Chủ tịch UBND xã", "Bà Lê Thị B"] },
  });
  expect(el.querySelector("[data-testid=dossier-saved]")?.getAttribute("aria-live")).toBe("polite");
});

test("the saved details fill the form when the pane opens", async () => {
  const host = fakeHost({ settings: { dossier: { preparedBy: "Ngô Thị Hà", confirmer: { name: "Nguyễn Văn Chủ", title: "Phó Chủ tịch" } } } });
  const el = await afterRun(host);
  await click(button(el, "Thông tin ghi trên hồ sơ"));
  expect((inputByLabel(el, "Người lập biểu (danh sách)") as HTMLInputElement).value).toBe("Ngô Thị Hà");
  expect((inputByLabel(el, "Thủ trưởng đơn vị — chức vụ") as HTMLInputElement).value).toBe("Phó Chủ tịch");
  expect([...el.querySelectorAll("[data-testid=dossier-blanks] li")].map((li) => li.textContent)).not.toContain("Người lập biểu");
});

test("“Lập hồ sơ”: saved details first, progress read out, then what was made — each sheet opens on a click", async () => {
  let progress: OnProgress | undefined;
  let finish: (o: DossierOutcome) => void = () => undefined;
  const host = fakeHost({
    dossier: (_s, onProgress) => {
      progress = onProgress;
      return new Promise((r) => (finish = r));
    },
  });
  const el = await afterRun(host);
  await click(button(el, "Lập hồ sơ"));
  await waitFor(() => expect(progress).toBeDefined());
  const status = () => el.querySelector("[data-testid=dossier-status]")!;
  expect(status().getAttribute("aria-live")).toBe("polite");
  act(() => progress!("write", 0.5));
  await waitFor(() => expect(status().textContent).toBe("Đang ghi các trang hồ sơ…"));
  expect(el.querySelector("[role=progressbar]")).not.toBeNull();
  expect(button(el, "Lập hồ sơ").getAttribute("aria-disabled")).toBe("true");
  await click(button(el, "Lập hồ sơ"));
  expect(host.dossiers).toHaveLength(1); // a second press while it works does nothing
  expect(host.saved.at(-1)).toHaveProperty("dossier");
  await act(async () => finish(sampleDossier()));
  await waitFor(() => expect(status().textContent).toBe("Đã lập 4 trang hồ sơ. Bấm tên trang để mở:"));
  const links = [...el.querySelectorAll<HTMLButtonElement>("[data-testid=dossier-made] button")];
  expect(links.map((l) => l.textContent)).toEqual(["Tờ trình", "Danh sách kèm Tờ trình", "Báo cáo thành tích 1", "Biên bản họp bình xét"]);
  await click(links[0]);
  expect(host.selected.at(-1)).toEqual({ sheet: "Tờ trình", address: "A1" });
  expect(el.querySelector("[data-testid=dossier-changed]")).toBeNull();
  expect(el.querySelector("[role=progressbar]")).toBeNull();
});

test("when the figures changed since the run, the outcome says the dossier follows the figures as they are now", async () => {
  const other = sampleReport();
  other.result = { ...other.result, nominees: [] };
  const host = fakeHost({ dossier: { ...(sampleDossier() as Extract<DossierOutcome, { ok: true }>), result: other.result } });
  const el = await afterRun(host);
  await click(button(el, "Lập hồ sơ"));
  await waitFor(() => expect(el.querySelector("[data-testid=dossier-changed]")?.textContent).toMatch(/^Số liệu đã thay đổi/));
});

test("a failure is said plainly, with the cells to fix when the criteria sheet has errors", async () => {
  const host = fakeHost({
    dossier: {
      ok: false,
      message: "Trang “Tiêu chí” (bộ tiêu chí) có 1 ô chưa đúng, nên chưa chấm điểm.",
      problems: [{ sheet: "Tiêu chí", cell: "D5", message: "D5: chỉ tiêu không phải số" }],
    },
  });
  const el = await afterRun(host);
  await click(button(el, "Lập hồ sơ"));
  await waitFor(() => expect(el.querySelector("[data-testid=dossier-status]")?.textContent).toMatch(/^Chưa lập được hồ sơTrang “Tiêu chí”/));
  await click(el.querySelector<HTMLButtonElement>("button[data-cell=D5]")!);
  expect(host.selected.at(-1)).toEqual({ sheet: "Tiêu chí", address: "D5" });
});

test("nothing to make (no place to propose): the reason, and no dead button", async () => {
  const report: RunReport = sampleReport();
  report.result = { ...report.result, nominees: [], tieReview: [], nomination: { ...report.result.nomination, quota: 0, filled: 0 } };
  const el = await afterRun(fakeHost({ outcome: { ok: true, report } }));
  expect(el.querySelector("[data-testid=dossier-none]")?.textContent).toMatch(/^Không lập hồ sơ: số suất đề nghị \(chỉ tiêu\) đang là 0/);
  expect([...el.querySelectorAll("button")].map((b) => b.textContent)).not.toContain("Lập hồ sơ");
});

test("sheets of an earlier dossier are named as not following this run", async () => {
  const report = sampleReport();
  report.dossier = { planOwn: true, existing: ["Tờ trình", "Biên bản họp bình xét"] };
  const el = await afterRun(fakeHost({ outcome: { ok: true, report } }));
  expect(el.querySelector("[data-testid=dossier-existing]")?.textContent).toBe(
    "Các trang hồ sơ lập trước đó (“Tờ trình”, “Biên bản họp bình xét”) chưa theo kết quả lần chấm này: bấm “Lập hồ sơ” để lập lại.",
  );
});

test("in English, second: the same step in English words", async () => {
  const el = await afterRun(fakeHost({ settings: { lang: "en" } }), "Score & Rank");
  expect(el.querySelector("h2")?.textContent).toBe("Proposal dossier (Hồ sơ đề nghị khen thưởng)");
  expect(textOf(el)).toContain("Achievement report (báo cáo thành tích) of Nguyễn Thị An — sheet “Báo cáo thành tích 1”");
  expect(button(el, "Make the dossier")).toBeTruthy();
});

describe("the form's pure parts", () => {
  test("blank fields are left out, texts trimmed and cut to 200 characters, a wrong date dropped", () => {
    const f = { ...formOf(), signerName: " A ", chairTitle: "x".repeat(250), date: "2025-02-30", meetingDate: "2025-02-28", members: "\n" };
    expect(dossierOfForm(f)).toEqual({ signer: { name: "A" }, meeting: { date: "2025-02-28", chair: { title: "x".repeat(200) } } });
    expect(dossierOfForm(formOf())).toEqual({});
    expect([isDate("2024-02-29"), isDate("2025-02-29"), isDate("20/12/2025")]).toEqual([true, false, false]);
  });

  test("the form shows what is saved, and gives it back unchanged", () => {
    const d = {
      signer: { name: "Lê Văn Bình", deputy: true },
      preparedBy: "Ngô Thị Hà",
      proposal: { number: "15", date: "2025-12-20" },
      meeting: { date: "2025-12-18", time: "14 giờ", place: "Hội trường", chair: { name: "A", title: "Chủ tịch" }, members: ["B", "C"] },
      confirmer: { name: "A" },
    };
    expect(dossierOfForm(formOf(d))).toEqual(d);
  });

  test("the sheets planned follow §12 “When”: none without a nominee or a tie; the biên bản alone for a tie", () => {
    const entry = (name: string, row: number) => ({ row, name, rank: 1, score: 100 });
    expect(plannedSheets({ nominees: [], tieReview: [] })).toEqual([]);
    expect(plannedSheets({ nominees: [], tieReview: [entry("A", 4), entry("B", 5)] })).toEqual([{ kind: "minutes", sheet: "Biên bản họp bình xét" }]);
    expect(
      plannedSheets({ nominees: [entry("A", 4), entry("B", 5)], tieReview: [] }).map((p) => `${p.sheet}${p.person ? ` ${p.person}` : ""}`),
    ).toEqual(["Tờ trình", "Danh sách kèm Tờ trình", "Báo cáo thành tích 1 A", "Báo cáo thành tích 2 B", "Biên bản họp bình xét"]);
  });
});
