// Builds the task pane (taskpane.html) and the ribbon's function file (commands.html) into dist/, with the icons, the
// help page and its screenshots, and manifest.xml rewritten to the hosting address (ADDIN_URL; default the development
// address https://localhost:3000). `npm run dev-server` serves the same files there over https (scripts/dev-https.js).
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DEV_URL, addinUrl, manifestFor } = require("./scripts/addin-url");
const { devHttps } = require("./scripts/dev-https");

const here = (...p) => path.join(__dirname, ...p);

module.exports = async (env, argv) => {
  const prod = argv.mode === "production";
  let url;
  try {
    url = addinUrl();
  } catch (e) {
    console.error(`webpack: ${e.message}`); // a plain message, not webpack-cli's stack trace
    process.exit(2);
  }
  if (prod && url === DEV_URL)
    console.warn(`webpack: dist/manifest.xml points at ${DEV_URL} (development). To host it: ADDIN_URL=https://… npm run build`);

  const config = {
    mode: prod ? "production" : "development",
    // Office's browsers (Edge WebView2, Safari, Chrome) all run ES2020: no down-levelling, no `new Function` shim.
    target: ["web", "es2020"],
    // No eval anywhere: no source maps in production, separate .map files in development.
    devtool: prod ? false : "cheap-module-source-map",
    entry: {
      taskpane: here("src/taskpane/index.tsx"),
      // noEval first: zod (used by the scoring core) must not compile validators with `new Function` there either.
      commands: [here("src/taskpane/noEval.ts"), here("src/commands/commands.ts")],
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
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: here("src/commands/commands.html"),
        chunks: ["commands"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]", context: __dirname },
          { from: here("manifest.xml"), to: "manifest.xml", transform: (content) => manifestFor(content.toString("utf8"), url) },
          { from: here("help", "help.html"), to: "help.html" },
          { from: "docs/screenshots/*.png", to: "screenshots/[name][ext]", context: __dirname },
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
    const https = await devHttps();
    if (https.message) console.warn(https.message);
    config.devServer = {
      host: "localhost",
      port: Number(new URL(DEV_URL).port),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https.options ? { type: "https", options: https.options } : { type: "http" },
      static: false,
      client: { overlay: { errors: true, warnings: false } },
    };
  }
  return config;
};
