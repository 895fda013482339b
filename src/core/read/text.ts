// Text comparison as the spec wants it: trimmed, case-, diacritic- and space-insensitive word matching.

const COMBINING = /[\u0300-\u036f]/g;

const PRINTABLE_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

/** Lower case, no diacritics (đ → d), inner spaces collapsed, trimmed. Punctuation kept. */
export function fold(s: string): string {
  if (PRINTABLE_ASCII.test(s)) return s.toLowerCase();
  return s
    .normalize("NFD")
    .replace(COMBINING, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}

/** fold() and punctuation (except %) turned into spaces: the key used to match headers. */
export function headerKey(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9% ]+/g, " ")
    .replace(/ +/g, " ")
    .trim();
}

const HAS_COMBINING = /[\u0300-\u036f]/;
const MESSY_SPACE = /\s\s|[\t\r\n\u00a0\u202f]/;

/** Trimmed, NFC, lower case, spaces collapsed, diacritics kept ("Tâm" ≠ "Tám"). */
export function exactKey(s: string): string {
  // text without combining marks is already composed (NFC) for Vietnamese: skip the costly normalisation
  const lower = (HAS_COMBINING.test(s) ? s.normalize("NFC") : s).toLowerCase();
  return (MESSY_SPACE.test(lower) ? lower.replace(/[\s\u00a0\u202f]+/g, " ") : lower).trim();
}

/** Whether `phrase` (already a headerKey) occurs in `key` on word boundaries. */
export function hasPhrase(key: string, phrase: string): boolean {
  if (!phrase) return false;
  return ` ${key} `.includes(` ${phrase} `);
}

/** The words cells are written with most often, folded once (a fast path: fold(s) for the rest). */
const COMMON_WORDS = new Map<string, string>(
  [
    "Đạt",
    "Không đạt",
    "Chưa đạt",
    "Có",
    "Không",
    "Chưa",
    "Hoàn thành",
    "Hoàn thành tốt",
    "Hoàn thành xuất sắc",
    "Không hoàn thành",
    "Chưa hoàn thành",
    "Không áp dụng",
    "Cá nhân",
    "Tập thể",
    "Nam",
    "Nữ",
    "–",
    "—",
    "✓",
    "✔",
  ].flatMap((w) => [w, w.toLowerCase(), w.toUpperCase()].map((x) => [x, fold(x)] as [string, string])),
);

/** fold() with a constant lookup for the common cell words. */
export function foldWord(s: string): string {
  return COMMON_WORDS.get(s) ?? fold(s);
}
