// The sure way to read a part: saxes over its text, a slice at a time, into the same handlers the quick path feeds
// (partHandlers.ts; element names without their prefix); a part that is not well-formed XML is the PackageError
// naming it. Used for what the quick path (sheetScan.ts) does not take.
import { SaxesParser } from "saxes";
import { corruptPart } from "./package";
import type { PartHandler } from "./partHandlers";

const SLICE = 1 << 20;
const local = (name: string): string => {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
};

export function saxParse(text: string, part: string, h: PartHandler): void {
  const parser = new SaxesParser({ position: false });
  // saxes reports a self-closing tag as an open and a close, as the quick path does
  parser.on("opentag", (tag) => h.open(local(tag.name), (n) => (tag.attributes as Record<string, string>)[n]));
  parser.on("closetag", (tag) => h.close(local(tag.name)));
  parser.on("text", (t) => h.text(t));
  parser.on("cdata", (t) => h.text(t));
  let failed = false;
  parser.on("error", () => {
    failed = true;
  });
  try {
    for (let at = 0; at < text.length && !failed; at += SLICE) parser.write(text.slice(at, at + SLICE));
    if (!failed) parser.close();
  } catch (e) {
    if (!failed) throw e;
  }
  if (failed) throw corruptPart(part);
}
