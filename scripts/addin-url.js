// The add-in's hosting address: ADDIN_URL checked (https, no query, no fragment) and manifest.xml rewritten to it.
// The one place that knows the development address; used by webpack.config.js (its copy of the manifest) and tests.
const DEV_URL = "https://localhost:3000";

/** The hosting address from ADDIN_URL (trailing slash dropped), or the development address when it is not set. */
function addinUrl(value = process.env.ADDIN_URL) {
  if (value === undefined || value.trim() === "") return DEV_URL;
  const text = value.trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ADDIN_URL="${text}" is not an address; give the https address where dist/ is hosted, e.g. https://cchc.example.gov.vn/thidua`);
  }
  const problem =
    url.protocol !== "https:"
      ? "Office loads add-ins over https only"
      : url.search || url.hash || text.includes("?") || text.includes("#")
        ? "it must not carry a query or a fragment"
        : url.username || url.password
          ? "it must not carry a user name or password"
          : /[&<>"'\s]/.test(text)
            ? "it must not contain spaces or the characters & < > \" '"
            : null;
  if (problem) throw new Error(`ADDIN_URL="${text}": ${problem}.`);
  return text.replace(/\/+$/, "");
}

/** manifest.xml with every occurrence of the development address replaced by `url`. */
function manifestFor(xml, url) {
  return xml.split(DEV_URL).join(url);
}

module.exports = { DEV_URL, addinUrl, manifestFor };
