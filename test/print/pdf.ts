// LibreOffice and poppler for the print check: files converted to PDF headless (own profile), and what a PDF says —
// pages, page size, the text of each page and where its words sit.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** Whether LibreOffice and poppler are installed (`soffice`, `pdfinfo`, `pdftotext`, `pdftoppm`). */
export function printToolsMissing(): string | null {
  for (const [cmd, arg] of [
    ["soffice", "--version"],
    ["pdfinfo", "-v"],
    ["pdftotext", "-v"],
    ["pdftoppm", "-v"],
  ]) {
    const r = spawnSync(cmd, [arg], { stdio: "ignore" });
    if (r.error) return cmd;
  }
  return null;
}

/** Converts files to PDF in one LibreOffice run (a profile of its own under `dir`); returns the PDFs by input file. */
export function toPdf(files: string[], dir: string): Map<string, string> {
  fs.mkdirSync(dir, { recursive: true });
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...files],
    {
      stdio: "pipe",
      timeout: 600000,
    },
  );
  return new Map(files.map((f) => [f, path.join(dir, `${path.basename(f).replace(/\.\w+$/, "")}.pdf`)]));
}

export interface PdfInfo {
  pages: number;
  width: number;
  height: number;
}

export function pdfInfo(pdf: string): PdfInfo {
  const out = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out)!;
  return { pages: Number(/Pages:\s+(\d+)/.exec(out)![1]), width: Number(size[1]), height: Number(size[2]) };
}

/** The text of all pages, whitespace collapsed and "…" written as dots. */
export function pdfText(pdf: string): string {
  return normText(execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8" }));
}

export const normText = (s: string): string => s.normalize("NFC").replace(/…/g, "...").replace(/\s+/g, " ").trim();

export interface Word {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

/** Every word with its box (points from the top left of its page). */
export function pdfWords(pdf: string): Word[] {
  const html = execFileSync("pdftotext", ["-bbox", "-enc", "UTF-8", pdf, "-"], { encoding: "utf8" });
  const words: Word[] = [];
  let page = 0;
  for (const line of html.split("\n")) {
    if (line.includes("<page ")) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m) words.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] });
  }
  return words;
}

/** A picture of the first page (`-r 80`), written to `png` (without the ".png" pdftoppm adds). */
export function firstPagePng(pdf: string, png: string): void {
  execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, png]);
}

/**
 * Whether a text prints whole: its words, in order, as a chain of words of the PDF that goes right along a line and
 * down to the following lines inside the text's own column (so a table cell's lines are followed even where
 * pdftotext mixes them with the neighbouring cells' lines), across a page break if need be.
 */
export function printsWhole(words: Word[], text: string): boolean {
  const want = normText(text).split(" ");
  const norm = (w: Word) => normText(w.text);
  const sameLine = (a: Word, b: Word) => a.page === b.page && Math.abs(a.yMin - b.yMin) < 3;
  const tryFrom = (start: number): boolean => {
    let cur = words[start];
    let [minX, maxX] = [cur.xMin, cur.xMax];
    for (let k = 1; k < want.length; k++) {
      const right = words.filter((w) => sameLine(w, cur) && w.xMin > cur.xMax - 1).sort((a, b) => a.xMin - b.xMin)[0];
      let next: Word | undefined = right && norm(right) === want[k] ? right : undefined;
      if (!next) {
        const below = words.filter(
          (w) =>
            ((w.page === cur.page && w.yMin > cur.yMin + 3 && w.yMin < cur.yMin + 45) || (w.page === cur.page + 1 && w.yMin < 200)) &&
            w.xMin >= minX - 35 &&
            w.xMin <= maxX - 8 &&
            norm(w) === want[k],
        );
        next = below.sort((a, b) => a.page - b.page || a.yMin - b.yMin || a.xMin - b.xMin)[0];
      }
      if (!next) return false;
      cur = next;
      minX = Math.min(minX, cur.xMin);
      maxX = Math.max(maxX, cur.xMax);
    }
    return true;
  };
  return words.some((w, i) => norm(w) === want[0] && tryFrom(i));
}
