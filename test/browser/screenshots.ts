// `npm run screenshots`: the built pane in headless Chromium (test/browser/harness.ts: the real host over the fake
// Excel, nothing leaves the machine) photographed for the README into docs/screenshots/: the result of a run on
// fixture 04, its dossier step after "Lập hồ sơ", the officials' tools after making a tracking sheet from a pasted
// list, and their data-entry guide.
import fs from "fs";
import path from "path";
import { ROOT } from "./build";
import { startHarness } from "./harness";

const OUT = path.join(ROOT, "docs", "screenshots");
const OFFICIALS = [
  "Nguyễn Văn An\tChủ tịch UBND\tLãnh đạo\tNam",
  "Lê Thị Hoa\tCông chức Văn phòng - Thống kê\tVăn phòng\tNữ",
  "Trần Minh Đức\tCông chức Tư pháp - Hộ tịch\tTư pháp\tNam",
].join("\n");

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const shots: string[] = [];
  const h = await startHarness({ fixture: "04-dong-hang-va-tap-the.xlsx", viewport: { width: 380, height: 900 }, deviceScaleFactor: 2 });
  try {
    const { page } = h;
    /** The whole page, or the top `maxHeight` CSS pixels of one element. */
    const shot = async (name: string, target?: string, maxHeight = 1500) => {
      const file = path.join(OUT, name);
      if (target) {
        await page.evaluate(() => window.scrollTo(0, 0)); // the box is measured from the top of the page
        const box = (await page.locator(target).boundingBox())!;
        await page.screenshot({ path: file, fullPage: true, clip: { ...box, height: Math.min(box.height, maxHeight) } });
      } else await page.screenshot({ path: file, fullPage: true });
      shots.push(path.relative(ROOT, file));
    };
    // 1. the clerk's run: summary, proposals, problems grouped by row, shortfalls
    await page.getByRole("button", { name: "Chấm điểm & Xếp hạng" }).click();
    await page
      .getByTestId("status")
      .filter({ hasText: /^Đã chấm/ })
      .waitFor({ timeout: 30_000 });
    await page.getByTestId("nominees").waitFor();
    await shot("ket-qua.png");
    // 2. the dossier step: the signer and the Tờ trình's number given, the sheets made, each a link
    await page.getByTestId("dossier-planned").waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Thông tin ghi trên hồ sơ" }).click();
    await page.getByRole("textbox", { name: "Họ và tên người ký" }).fill("Lê Văn Bình");
    await page.getByRole("textbox", { name: /^Số tờ trình/ }).fill("15");
    await page.getByRole("button", { name: "Thông tin ghi trên hồ sơ" }).click();
    await page.getByTestId("make-dossier").click();
    await page
      .getByTestId("dossier-status")
      .filter({ hasText: /^Đã lập/ })
      .waitFor({ timeout: 30_000 });
    await shot("ho-so-de-nghi.png", '[data-testid="dossier"]', 1400);
    // 3. the officials' tools, opened as the ribbon's "Tạo bảng theo dõi" opens them, after making a sheet
    await page.goto(`${h.url}/taskpane.html?mo=tao-bang`);
    const area = page.getByRole("textbox", { name: "Danh sách (mỗi người một dòng)" });
    await area.waitFor({ timeout: 30_000 });
    await area.fill(OFFICIALS);
    await page.getByTestId("create-sheet").click();
    await page.getByTestId("create-outcome").filter({ hasText: "Đã tạo trang" }).waitFor({ timeout: 30_000 });
    await page.getByTestId("live-status").filter({ hasText: "Đang kiểm tra tức thì" }).waitFor({ timeout: 30_000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot("cong-cu-bang-theo-doi.png");
    // 4. the guide for the new sheet (its first part: whose row is which, the first columns)
    await page.getByRole("button", { name: "Ẩn công cụ bảng theo dõi" }).click();
    await page.getByRole("button", { name: "Hiện hướng dẫn nhập liệu" }).click();
    await page.getByTestId("guide").filter({ hasText: "Trên trang “Theo dõi thi đua”" }).waitFor({ timeout: 30_000 });
    await shot("huong-dan-nhap-lieu.png", 'section[aria-label="Hướng dẫn nhập liệu"]');
    if (h.errors.length || h.blocked.length) throw new Error(`page errors ${JSON.stringify(h.errors)}, blocked ${JSON.stringify(h.blocked)}`);
  } finally {
    await h.close();
  }
  console.log(shots.join("\n"));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
