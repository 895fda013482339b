// The JSON result's layout: indented while a person may open it, on one line for a big population; the same object.
import { resultJson } from "../../src/cli/commands";
import type { ScoreResult } from "../../src/core/engine";

const withRows = (n: number) => ({ rows: Array.from({ length: n }, (_, i) => ({ row: i + 4, name: `Người ${i + 1}` })) }) as unknown as ScoreResult;

test.each([
  [20, true],
  [2000, true],
  [2001, false],
])("%i rows: indented %s, and it parses back to the same result", (n, indented) => {
  const result = withRows(n);
  const text = resultJson(result);
  expect(text.includes('\n "rows": [')).toBe(indented);
  expect(text.includes("\n")).toBe(indented);
  expect(JSON.parse(text)).toEqual(result);
});
