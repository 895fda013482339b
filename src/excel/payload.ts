// Request-size budgeting: Excel on the web refuses a request or a response over 5 MB, so writes (and the guard
// reads that travel with them) are cut into row chunks of about 4 MB; a normal sheet is one chunk.

/** Bytes per request (and per response) we allow ourselves, well under Excel on the web's 5 MB. */
export const CHUNK_BYTES = 4_000_000;

/** UTF-8 size of a string (what travels in the request). */
export const utf8Bytes = (s: string): number => new TextEncoder().encode(s).length;

export const jsonBytes = (v: unknown): number => utf8Bytes(JSON.stringify(v) ?? "null");

/**
 * Cut rows 0..n-1 into [start, end) chunks whose request bytes and response bytes both stay under `budget`;
 * `lastExtra` (the sheets and highlights written, the whole name column read) travels with the last chunk,
 * which gets a chunk of its own when it does not fit.
 */
export function planChunks(
  request: number[],
  response: number[],
  budget: number,
  lastExtra: { request: number; response: number },
): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let req = 0;
  let res = 0;
  for (let i = 0; i < request.length; i++) {
    if (i > start && (req + request[i] > budget || res + response[i] > budget)) {
      out.push([start, i]);
      start = i;
      req = 0;
      res = 0;
    }
    req += request[i];
    res += response[i];
  }
  if ((req + lastExtra.request > budget || res + lastExtra.response > budget) && start < request.length) {
    out.push([start, request.length]);
    out.push([request.length, request.length]);
  } else out.push([start, request.length]);
  return out;
}
