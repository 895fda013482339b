// `npm run score|template` go through scripts/run-cli.mjs: the command line bundled once by esbuild into a cache and
// run with plain node. A fresh cache is built and then reused; the bundle gives what the sources give in-process;
// an unknown command is refused.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { scoreFile } from "../../src/cli/commands";

const ROOT = path.join(__dirname, "..", "..");
const FIXTURE = path.join(ROOT, "test", "fixtures", "01-bang-theo-doi-chuan.xlsx");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tdcchc-run-cli-"));
const cache = path.join(tmp, "cache");

async function launch(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["scripts/run-cli.mjs", ...args], {
      cwd: ROOT,
      env: { ...process.env, THI_DUA_CLI_CACHE: cache },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test("a fresh cache is built once and reused; the bundle's JSON is the sources' JSON", async () => {
  const json = path.join(tmp, "ket-qua.json");
  const first = await launch("score", FIXTURE, "--json", json);
  expect(first.code).toBe(0);
  const builds = fs.readdirSync(cache);
  expect(builds).toHaveLength(1);
  expect(fs.readdirSync(path.join(cache, builds[0]))).toEqual(expect.arrayContaining(["score.mjs", "template.mjs"]));
  const built = fs.statSync(path.join(cache, builds[0], "score.mjs")).mtimeMs;
  const again = await launch("score", FIXTURE, "--json", json);
  expect(again.stdout).toBe(first.stdout);
  expect(fs.readdirSync(cache)).toEqual(builds);
  expect(fs.statSync(path.join(cache, builds[0], "score.mjs")).mtimeMs).toBe(built);
  const { run } = await scoreFile({ input: FIXTURE });
  expect(JSON.parse(fs.readFileSync(json, "utf8"))).toEqual(JSON.parse(JSON.stringify(run.result)));
}, 180_000);

test("the exit codes come through: 2 for a misspelt flag, 2 for an unknown command", async () => {
  const bad = await launch("score", FIXTURE, "--qouta=1");
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain("--quota");
  const none = await launch("cham-diem");
  expect(none.code).toBe(2);
  expect(none.stderr).toContain("score | template");
}, 180_000);
