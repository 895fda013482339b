// Builds the task pane (taskpane.html) and the ribbon command page (commands.html) into dist/, copies the icons
// and the manifest; `npm start` serves them on https://localhost:3000 (http when no dev certificate is found).
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const PORT = 3000;
const here = (...p) => path.join(__dirname, ...p);

/** The page for the ribbon's ExecuteFunction commands, when its own template is not there yet. */
const COMMANDS_FALLBACK_HTML = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8" /><title>Thi đua CCHC — lệnh</title>
<script src="${OFFICE_JS}"></script></head><body></body></html>`;

/** Dev certificate of office-addin-dev-certs if it was installed; else null (the server then uses http). */
async function devCertificate() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) {
    return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
  }
  try {
    const certs = require("office-addin-dev-certs");
    return await certs.getHttpsServerOptions();
  } catch {
    return null;
  }
}

module.exports = async (env, argv) => {
  const prod = argv.mode === "production";
  const hasCommands = fs.existsSync(here("src/commands/commands.ts"));
  const commandsTemplate = here("src/commands/commands.html");
  if (!hasCommands) console.warn("webpack: src/commands/commands.ts is missing — building the task pane only.");

  const config = {
    mode: prod ? "production" : "development",
    // Office's browsers (Edge WebView2, Safari, Chrome) all run ES2020: no down-levelling, no `new Function` shim.
    target: ["web", "es2020"],
    // No eval anywhere: no source maps in production, separate .map files in development.
    devtool: prod ? false : "cheap-module-source-map",
    entry: {
      taskpane: here("src/taskpane/index.tsx"),
      // noEval first: zod (used by the scoring core) must not compile validators with `new Function` there either.
      ...(hasCommands ? { commands: [here("src/taskpane/noEval.ts"), here("src/commands/commands.ts")] } : {}),
    },
    output: {
      path: here("dist"),
      filename: prod ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: prod ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`; here ES modules are kept so dynamic import() splits chunks.
            options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false, sourceMap: !prod } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: here("src/taskpane/taskpane.html"),
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      ...(hasCommands
        ? [
            new HtmlWebpackPlugin({
              filename: "commands.html",
              chunks: ["commands"],
              scriptLoading: "defer",
              ...(fs.existsSync(commandsTemplate) ? { template: commandsTemplate } : { templateContent: COMMANDS_FALLBACK_HTML }),
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]", context: __dirname },
          { from: here("manifest.xml"), to: "manifest.xml" },
        ],
      }),
    ],
    optimization: {
      minimize: prod,
      splitChunks: { chunks: "all" },
    },
    performance: { hints: false }, // the budget (≤ 250 KB gzip) is checked by test/browser/bundle.test.ts
  };

  if (env && env.WEBPACK_SERVE) {
    const https = await devCertificate();
    if (!https)
      console.warn(
        `webpack: no dev certificate (npx office-addin-dev-certs install) — serving http://localhost:${PORT}; Office requires https, so sideloading needs the certificate.`,
      );
    config.devServer = {
      host: "localhost",
      port: PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      static: false,
      client: { overlay: { errors: true, warnings: false } },
    };
  }
  return config;
};
