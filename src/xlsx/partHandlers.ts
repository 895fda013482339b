// What the two readers of a part (the quick path, sheetScan.ts, and saxes, sheetReader.ts) do with its tags: one
// state machine for a worksheet's cells and merged areas, one for the shared strings, fed the same events by both
// (a self-closing tag is an open and a close, as saxes reports it), so both give the same values by construction.
import { MergedArea } from "../core/read/snapshot";
import { parseRef, refCol } from "./cellRefs";

/** Called for each cell, in document order: its type, the raw `<v>` text and the inline text joined (null if none). */
export type CellSink = (row: number, col: number, type: string, v: string | null, inline: string | null) => void;

export interface PartHandler {
  /** Whether the text at this point is wanted (the quick path decodes only that). */
  readonly collecting: boolean;
  /** A start tag by its local name; `attr` gives an attribute's value by its name as written. */
  open(name: string, attr: (name: string) => string | undefined): void;
  close(name: string): void;
  text(t: string): void;
}

/** A worksheet: each cell to `cell`, each merged area into `merges`. */
export function sheetHandler(cell: CellSink, merges: MergedArea[]): PartHandler {
  let inData = false;
  let row = 0;
  let col = 0;
  let type = "n";
  let v: string | null = null;
  let inline: string | null = null;
  let into: "v" | "t" | null = null;
  let phonetic = 0;
  return {
    get collecting() {
      return into !== null;
    },
    open(name, attr) {
      if (!inData) {
        if (name === "sheetData") inData = true;
        else if (name === "mergeCell") {
          const ref = attr("ref");
          const area = ref ? parseRef(ref) : null;
          if (area) merges.push(area);
        }
        return;
      }
      switch (name) {
        case "row": {
          const r = attr("r");
          row = r ? Number(r) : row + 1;
          col = 0;
          break;
        }
        case "c": {
          const r = attr("r");
          col = (r ? refCol(r) : 0) || col + 1;
          type = attr("t") ?? "n";
          v = null;
          inline = null;
          break;
        }
        case "v":
          into = "v";
          v = "";
          break;
        case "rPh":
          phonetic++;
          break;
        case "t":
          if (phonetic === 0) {
            into = "t";
            inline ??= "";
          }
          break;
      }
    },
    text(t) {
      if (into === "v") v += t;
      else if (into === "t") inline += t;
    },
    close(name) {
      if (!inData) return;
      if (name === "v" || name === "t") into = null;
      else if (name === "rPh") phonetic--;
      else if (name === "sheetData") inData = false;
      else if (name === "c") cell(row, col, type, v, inline);
    },
  };
}

/** The shared strings table into `out`: rich text runs joined, phonetic guides left out (`_xHHHH_` still encoded). */
export function sharedStringsHandler(out: string[]): PartHandler {
  let cur: string | null = null;
  let inT = false;
  let phonetic = 0;
  return {
    get collecting() {
      return inT && cur !== null;
    },
    open(name) {
      if (name === "si") cur = "";
      else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) inT = true;
    },
    text(t) {
      if (inT && cur !== null) cur += t;
    },
    close(name) {
      if (name === "t") inT = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") {
        out.push(cur ?? "");
        cur = null;
      }
    },
  };
}
