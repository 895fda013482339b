// Streaming a part through saxes: bytes decoded a slice at a time (never one big string of a big sheet), element
// names without their prefix, and a part that is not well-formed XML turned into the PackageError naming it.
import { SaxesParser } from "saxes";
import { corruptPart } from "./package";

export interface SaxHandlers {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const SLICE = 1 << 20;
const local = (name: string): string => {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
};

export function streamPart(bytes: Uint8Array, part: string, h: SaxHandlers): void {
  const parser = new SaxesParser({ position: false });
  parser.on("opentag", (tag) => h.open(local(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing));
  parser.on("closetag", (tag) => h.close(local(tag.name)));
  parser.on("text", h.text);
  parser.on("cdata", h.text);
  let failed = false;
  parser.on("error", () => {
    failed = true;
  });
  const decoder = new TextDecoder("utf-8");
  try {
    for (let at = 0; at < bytes.length && !failed; at += SLICE) {
      parser.write(decoder.decode(bytes.subarray(at, at + SLICE), { stream: at + SLICE < bytes.length }));
    }
    if (!failed) parser.close();
  } catch (e) {
    if (!failed) throw e;
  }
  if (failed) throw corruptPart(part);
}
