// Text comparison as the spec wants it: trimmed, case-, diacritic- and space-insensitive word matching.

const COMBINING = /[\u0300-\u036f]/g;

/** Lower case, no diacritics (đ → d), inner spaces collapsed, trimmed. Punctuation kept. */
export function fold(s: string): string {
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

/** Trimmed, NFC, lower case, spaces collapsed, diacritics kept ("Tâm" ≠ "Tám"). */
export function exactKey(s: string): string {
  return s.normalize("NFC").toLowerCase().replace(/[\s\u00a0\u202f]+/g, " ").trim();
}

/** Whether `phrase` (already a headerKey) occurs in `key` on word boundaries. */
export function hasPhrase(key: string, phrase: string): boolean {
  if (!phrase) return false;
  return ` ${key} `.includes(` ${phrase} `);
}
