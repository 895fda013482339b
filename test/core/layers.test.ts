// The core's folders follow the way data flows — read → score → dossier → write → officials — with catalog.ts,
// messages.ts and settings.ts shared by all of them and engine.ts on top: no module imports from a later stage, no cycle, and
// nothing in the core imports Office, React, exceljs or a shell.
import fs from "node:fs";
import path from "node:path";

const CORE = path.join(__dirname, "..", "..", "src", "core");
const STAGES = ["read", "score", "dossier", "write", "officials"];
/** Where a core file sits in the order: shared modules first, the engine last. */
function level(rel: string): number {
  const [top] = rel.split("/");
  if (["catalog.ts", "catalogSchema.ts", "catalogDefault.ts", "messages.ts", "settings.ts"].includes(rel)) return 0;
  if (rel === "engine.ts") return STAGES.length + 1;
  const i = STAGES.indexOf(top);
  if (i < 0) throw new Error(`core file outside the stage folders: ${rel}`);
  return i + 1;
}

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
}

function imports(file: string): string[] {
  const src = fs.readFileSync(file, "utf8");
  return [...src.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]);
}

const all = files(CORE);
const rel = (f: string) => path.relative(CORE, f).split(path.sep).join("/");
const resolveImport = (from: string, spec: string): string | null => {
  if (!spec.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), spec);
  return [`${base}.ts`, path.join(base, "index.ts")].find((p) => fs.existsSync(p)) ?? null;
};

test("every core module imports only from its own stage, an earlier one, or the shared modules", () => {
  const backwards: string[] = [];
  for (const f of all) {
    for (const spec of imports(f)) {
      const target = resolveImport(f, spec);
      if (!target) continue;
      if (level(rel(target)) > level(rel(f))) backwards.push(`${rel(f)} → ${rel(target)}`);
    }
  }
  expect(backwards).toEqual([]);
});

test("the core has no import cycle", () => {
  const graph = new Map(
    all.map((f) => [
      f,
      imports(f)
        .map((s) => resolveImport(f, s))
        .filter((x): x is string => !!x),
    ]),
  );
  const state = new Map<string, "open" | "done">();
  const cycles: string[] = [];
  const visit = (f: string, trail: string[]) => {
    if (state.get(f) === "done") return;
    if (state.get(f) === "open") {
      cycles.push([...trail.slice(trail.indexOf(f)), f].map(rel).join(" → "));
      return;
    }
    state.set(f, "open");
    for (const g of graph.get(f) ?? []) visit(g, [...trail, f]);
    state.set(f, "done");
  };
  for (const f of all) visit(f, []);
  expect(cycles).toEqual([]);
});

test("the core knows nothing of Office, React, exceljs or the shells", () => {
  const outside = all.flatMap((f) =>
    imports(f)
      .filter(
        (s) =>
          /^(react|exceljs|@fluentui|@microsoft|office|docx|fflate|saxes|@xmldom)/.test(s) ||
          /\.\.\/(excel|xlsx|taskpane|commands|cli|docx)\b/.test(s),
      )
      .map((s) => `${rel(f)} imports ${s}`),
  );
  expect(outside).toEqual([]);
});
