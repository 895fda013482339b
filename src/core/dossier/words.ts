// Numbers, dates and names as Vietnamese administrative documents write them: "02 (hai)", "96,5", "ngày 05 tháng
// 01 năm 2026", and a name without diacritics for a file name.
import { round2 } from "../score/rank";
import { DOTS, DOTS_SHORT } from "./model";

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

/** 0 ≤ n < 1000 in words: 1 "một", 15 "mười lăm", 21 "hai mươi mốt", 105 "một trăm linh năm". */
export function numberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1000) return String(n);
  if (n < 10) return DIGITS[n];
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const unit = n % 10;
    const head = tens === 1 ? "mười" : `${DIGITS[tens]} mươi`;
    if (unit === 0) return head;
    const tail = unit === 5 ? "lăm" : unit === 1 && tens > 1 ? "mốt" : DIGITS[unit];
    return `${head} ${tail}`;
  }
  const rest = n % 100;
  const head = `${DIGITS[Math.floor(n / 100)]} trăm`;
  if (rest === 0) return head;
  return rest < 10 ? `${head} linh ${DIGITS[rest]}` : `${head} ${numberWords(rest)}`;
}

/** A count in digits (two at least) and words: "02 (hai)", "12 (mười hai)". */
export const countText = (n: number): string => `${String(n).padStart(2, "0")} (${numberWords(n)})`;

/** A score as documents print it: 100 → "100", 96.5 → "96,5", 90.909… → "90,91". */
export const scoreText = (s: number): string => String(round2(s)).replace(".", ",");

/** A rate (fraction) as a percent: 0.965 → "96,5%". */
export const rateText = (rate: number): string => `${scoreText(rate * 100)}%`;

const pad2 = (n: number) => String(n).padStart(2, "0");

/** "2026-01-05" → { d, m, y } or null. */
function parts(iso: string | undefined): { d: number; m: number; y: number } | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

/** "ngày 05 tháng 01 năm 2026" (NĐ 30/2020: days below 10 and months 1, 2 with a leading zero); blanks without a date. */
export function longDate(iso?: string): string {
  const p = parts(iso);
  if (!p) return `ngày ${DOTS_SHORT} tháng ${DOTS_SHORT} năm ${DOTS_SHORT}`;
  return `ngày ${pad2(p.d)} tháng ${p.m <= 2 ? pad2(p.m) : p.m} năm ${p.y}`;
}

/** "05/01/2026"; a blank without a date. */
export const shortDate = (iso?: string): string => {
  const p = parts(iso);
  return p ? `${pad2(p.d)}/${pad2(p.m)}/${p.y}` : DOTS;
};

/** Today in the local calendar, "2025-12-20" (the documents' date when the settings give none). */
export const isoToday = (now: Date = new Date()): string => `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;

/** The date line of a document: "Hòa Phong, ngày 05 tháng 01 năm 2026". */
export const placeDate = (place: string, iso?: string): string => `${place}, ${longDate(iso)}`;

/** A name for a file: no diacritics, lower case, words joined by "-": "Trần Minh Mai" → "tran-minh-mai". */
export function fileSlug(name: string): string {
  const s = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return s || "ca-nhan";
}

/** Upper case as Vietnamese writes it ("xã Hòa Phong" → "XÃ HÒA PHONG"). */
export const upper = (s: string): string => s.toLocaleUpperCase("vi");

/** First letter in capitals. */
export const capitalize = (s: string): string => (s ? s.charAt(0).toLocaleUpperCase("vi") + s.slice(1) : s);
