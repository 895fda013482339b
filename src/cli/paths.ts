// The command line's guards on file names (§11): an output never names the input (after links and relative paths
// are resolved), two outputs never name the same file, and the copy keeps the input's kind (.xlsm stays .xlsm).
import fs from "node:fs";
import path from "node:path";
import { UsageError } from "./args";

/** The real path a file has, or would have once written (its folder's real path + its name). */
export function realTarget(file: string): string {
  const abs = path.resolve(file);
  try {
    return fs.realpathSync(abs);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

/** Whether two names reach the same file. */
export const sameFile = (a: string, b: string): boolean => realTarget(a) === realTarget(b);

const kind = (file: string): string => path.extname(file).toLowerCase();

/** Refuse outputs that would overwrite the input or each other, and a copy that would lose the input's macros. */
export function checkOutputs(input: string, outputs: { flag: string; file: string | undefined }[]): void {
  const given = outputs.filter((o): o is { flag: string; file: string } => !!o.file);
  for (const o of given) {
    if (sameFile(input, o.file)) {
      throw new UsageError(`${o.flag} "${o.file}" chính là tệp đầu vào: không ghi đè lên bảng theo dõi. Hãy đặt tên tệp khác.`);
    }
  }
  for (let i = 0; i < given.length; i++) {
    for (let j = i + 1; j < given.length; j++) {
      if (sameFile(given[i].file, given[j].file)) throw new UsageError(`${given[i].flag} và ${given[j].flag} cùng chỉ tệp "${given[i].file}".`);
    }
  }
  const out = given.find((o) => o.flag === "--out");
  if (out) {
    const [from, to] = [kind(input), kind(out.file)];
    if (from === ".xlsm" && to !== ".xlsm") {
      throw new UsageError(`Tệp đầu vào có macro (.xlsm): tệp kết quả "${out.file}" phải có đuôi .xlsm, nếu không các macro sẽ mất.`);
    }
    if (to !== ".xlsx" && to !== ".xlsm") throw new UsageError(`Tệp kết quả "${out.file}" phải có đuôi .xlsx (hoặc .xlsm khi tệp đầu vào có macro).`);
    if (to === ".xlsm" && from !== ".xlsm") throw new UsageError(`Tệp đầu vào không có macro: tệp kết quả "${out.file}" phải có đuôi .xlsx.`);
  }
}
