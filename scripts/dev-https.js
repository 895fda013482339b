// HTTPS for the development server: the localhost certificate of office-addin-dev-certs (getHttpsServerOptions
// makes it and asks the system to trust it), and a plain word on what to do when it cannot be made or trusted.
const fs = require("fs");
const os = require("os");
const path = require("path");

const DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const FILES = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };

const readFiles = () =>
  Object.values(FILES).every((f) => fs.existsSync(path.join(DIR, f)))
    ? Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, fs.readFileSync(path.join(DIR, f))]))
    : null;

const UNTRUSTED = (why) =>
  [
    `dev-server: serving https with the certificate in ${DIR}, but the system does not trust it (${why}).`,
    "  Office and browsers will refuse the pages until it is trusted. To proceed:",
    process.platform === "linux"
      ? "  - with sudo: `sudo npx office-addin-dev-certs install` (adds ca.crt to the system store), or\n" +
        `  - import ${path.join(DIR, FILES.ca)} as an authority in the browser that runs Excel on the web\n` +
        "    (Chrome/Chromium: Settings › Privacy and security › Security › Manage certificates › Authorities), or"
      : "  - run `npx office-addin-dev-certs install` and accept the prompt to trust the certificate, or",
    "  - skip local serving: `ADDIN_URL=https://… npm run build` and host dist/ on an https server.",
  ].join("\n");

/**
 * { options, trusted, message } for webpack-dev-server's `server`: options null means plain http (no certificate
 * could be made). Never throws: the dev server still starts, and the message says what is missing.
 */
async function devHttps() {
  let certs;
  try {
    certs = require("office-addin-dev-certs");
  } catch (e) {
    return {
      options: null,
      trusted: false,
      message: `dev-server: office-addin-dev-certs does not load (${e.message}); serving http, which Office refuses.`,
    };
  }
  let verified = false;
  try {
    verified = certs.verifyCertificates();
  } catch {
    verified = false;
  }
  // Made before but not trusted (Linux without sudo): keep them, since making new ones would replace a CA the
  // developer may have imported by hand.
  const existing = readFiles();
  if (!verified && existing) return { options: existing, trusted: false, message: UNTRUSTED("not installed in the system's store") };
  try {
    return { options: await certs.getHttpsServerOptions(), trusted: true, message: null };
  } catch (e) {
    const why = String(e.message || e).split("\n")[0];
    const made = readFiles();
    if (made) return { options: made, trusted: false, message: UNTRUSTED(why) };
    return { options: null, trusted: false, message: `dev-server: no certificate could be made (${why}); serving http, which Office refuses.` };
  }
}

module.exports = { devHttps };
