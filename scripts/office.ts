// `npm start`, `npm stop`, `npm run validate`: the Yo Office scripts (office-addin-debugging, office-addin-manifest),
// each saying first what it needs — desktop sideloading needs Windows or Mac, the manifest validator needs the
// network — and on Linux doing what can be done there (the https dev server) instead of failing with a bare error.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { DEV_URL as DEV_SERVER } from "./addin-url";

const ROOT = path.join(__dirname, "..");
const desktop = process.platform === "win32" || process.platform === "darwin";

const say = (...lines: string[]) => console.log(lines.map((l) => `office: ${l}`).join("\n"));

/** Runs a tool of node_modules/.bin (or npm) in the foreground; its exit code. */
function run(tool: string, args: string[]): number {
  const bin = tool === "npm" ? "npm" : path.join(ROOT, "node_modules", ".bin", tool);
  const r = spawnSync(bin, args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  if (r.error) {
    say(`${tool} did not start: ${r.error.message}`);
    return 1;
  }
  return r.status ?? 1;
}

function start(args: string[]): number {
  const web = args[0] === "web";
  if (web) {
    const document = args[args.indexOf("--document") + 1];
    if (!args.includes("--document") || !document) {
      say("usage: npm start -- web --document <address of a workbook in OneDrive or SharePoint>");
      return 2;
    }
    say(
      "sideloading into Excel on the web: this needs the network and a Microsoft 365 account, and the browser must",
      `trust the dev certificate of ${DEV_SERVER} (npx office-addin-dev-certs install).`,
    );
    return run("office-addin-debugging", ["start", "manifest.xml", "web", "--app", "excel", "--document", document]);
  }
  if (desktop) {
    say("sideloading manifest.xml into desktop Excel, with the dev server in the background (`npm stop` ends both).");
    return run("office-addin-debugging", ["start", "manifest.xml", "desktop", "--app", "excel", "--dev-server-port", "3000"]);
  }
  say(
    `sideloading into desktop Excel needs Windows or Mac (office-addin-debugging says "Platform not supported: ${process.platform}").`,
    `Starting the dev server only, in the foreground (Ctrl+C stops it): ${DEV_SERVER}, serving manifest.xml for that address.`,
    "To try the add-in from here: Excel on the web › Home › Add-ins › More Add-ins › Upload My Add-in › manifest.xml",
    "(needs the network, and a browser that trusts the dev certificate), or `npm start -- web --document <workbook address>`.",
  );
  return run("npm", ["run", "dev-server"]);
}

function stop(): number {
  if (!desktop)
    say(
      `there is no desktop Excel to unregister the add-in from on ${process.platform} (the next lines say "Platform not supported"),`,
      "but a dev server started by `npm start -- web` is stopped. One started by plain `npm start` runs in the foreground: Ctrl+C.",
    );
  return run("office-addin-debugging", ["stop", "manifest.xml"]);
}

function validate(args: string[]): number {
  const manifest = args[0] ?? "manifest.xml";
  say(
    `office-addin-manifest validate sends ${manifest} to Microsoft's online validation service: it needs the network.`,
    "Offline, `npm test` checks the manifest (test/manifest.test.ts: element order, lengths, resources, addresses) and",
    "`npx office-addin-manifest info manifest.xml` shows what Office reads from it.",
  );
  const code = run("office-addin-manifest", ["validate", manifest]);
  if (code !== 0) say(`the online validation did not pass or could not run (exit code ${code}); see the lines above.`);
  return code;
}

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, (args: string[]) => number> = { start, stop, validate };
if (!commands[command]) {
  say("usage: tsx scripts/office.ts start [web --document <url>] | stop | validate [manifest]");
  process.exitCode = 2;
} else process.exitCode = commands[command](rest);
