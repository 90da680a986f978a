/* Builds dist/: the task pane, the ribbon commands' function file, the help page, icons and the manifest. */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");

const zlib = require("zlib");

const DEV_URL = "https://localhost:3000/";
/** What the task pane loads before it is interactive (its HTML, JavaScript and CSS; Office.js itself comes from Microsoft's CDN). */
const PANE_BUDGET_KB = 160;

/** Prints the task pane's gzip size and fails a production build that exceeds the budget. */
class PaneBudgetPlugin {
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("PaneBudgetPlugin", (compilation) =>
      compilation.hooks.processAssets.tap(
        { name: "PaneBudgetPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => this.measure(compiler, compilation)
      )
    );
  }

  measure(compiler, compilation) {
    // A development build is neither minified nor tree-shaken: its size says nothing about the budget.
    if (compiler.options.mode !== "production") return;
    {
      const entry = compilation.entrypoints.get("taskpane");
      if (!entry) return;
      const files = [...entry.getFiles().filter((f) => /\.(js|css)$/.test(f)), "taskpane.html"];
      let raw = 0;
      let gzip = 0;
      for (const file of files) {
        const asset = compilation.getAsset(file);
        if (!asset) continue;
        const source = asset.source.buffer();
        raw += source.length;
        gzip += zlib.gzipSync(source, { level: 9 }).length;
      }
      const kb = (n) => (n / 1024).toFixed(1);
      const line = `Task pane before interactive (${files.join(" + ")}): ${kb(raw)} KB, ${kb(gzip)} KB gzip; budget ${PANE_BUDGET_KB} KB gzip.`;
      console.log(line);
      if (gzip > PANE_BUDGET_KB * 1024) {
        compilation.errors.push(new Error(`Over budget: ${line}`));
      }
    }
  }
}

/**
 * Where the add-in is hosted in production, e.g. https://chitieu.langson.gov.vn/ (ADDIN_PUBLIC_URL).
 * Without it a production build keeps localhost, and `npm run validate:dist` says so.
 */
function publicUrl() {
  const url = process.env.ADDIN_PUBLIC_URL;
  if (!url) return DEV_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_PUBLIC_URL must be an https URL, not "${url}"`);
  return url.endsWith("/") ? url : `${url}/`;
}

/**
 * The manifest for a real host: every page and icon URL under `url`; the AppDomain its origin
 * (scheme, host, port: an AppDomain with a path is not a domain, and Office ignores or refuses it).
 */
function productionManifest(xml, url) {
  const dev = DEV_URL.replace(/\/$/, "");
  return xml
    .split(`<AppDomain>${dev}</AppDomain>`)
    .join(`<AppDomain>${new URL(url).origin}</AppDomain>`)
    .split(`${dev}/`)
    .join(url);
}

/**
 * The localhost certificate for `npm start`. On Windows and macOS office-addin-dev-certs installs its
 * own (asking once). Elsewhere installing one needs sudo, which `npm start` never runs: it uses the
 * certificates if someone installed them (npx office-addin-dev-certs install), else the dev server's
 * own self-signed one, which the browser accepts once (scripts/start.mjs says how).
 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  if (process.platform === "win32" || process.platform === "darwin") {
    try {
      return await devCerts.getHttpsServerOptions();
    } catch (error) {
      console.warn(
        `Chưa chuẩn bị được chứng chỉ localhost / Could not prepare the localhost certificate (${error.message}).\n` +
          'Tiếp theo / Next: chạy / run "npx office-addin-dev-certs install", rồi / then "npm start".'
      );
      return {};
    }
  }
  const files = ["localhost.key", "localhost.crt", "ca.crt"].map((f) =>
    path.join(os.homedir(), ".office-addin-dev-certs", f)
  );
  if (!files.every((f) => fs.existsSync(f))) return {};
  const [key, cert, ca] = files.map((f) => fs.readFileSync(f));
  return { key, cert, ca };
}

/**
 * Fluent UI's styles (and ours) as one .css file built ahead of time, loaded by a <link>: at run time Griffel
 * would otherwise build and insert each component's rules at its first render, which was most of the pane's start-up.
 * Loaders run last to first: ts-loader, then Griffel's own transform of our makeStyles, then the extraction.
 */
function griffelRules() {
  return [
    {
      test: /\.[jt]sx?$/,
      // Only code that calls Griffel: running Babel over every other package would only slow the build.
      include: [
        path.resolve(__dirname, "src"),
        path.resolve(__dirname, "bench"),
        /[\\/]node_modules[\\/]@fluentui[\\/]/,
      ],
      use: { loader: GriffelCSSExtractionPlugin.loader },
    },
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      use: {
        loader: "@griffel/webpack-loader",
        options: {
          modules: [
            {
              moduleSource: "@fluentui/react-components",
              importName: "makeStyles",
              resetImportName: "makeResetStyles",
            },
          ],
        },
      },
    },
    { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
  ];
}

function griffelPlugins() {
  // Griffel sorts its own rules in the one file it writes, so the order webpack meets them in does not matter.
  return [
    new MiniCssExtractPlugin({ filename: "[name].[contenthash:8].css", ignoreOrder: true }),
    new GriffelCSSExtractionPlugin(),
  ];
}

const isTypeScriptRule = (rule) => rule.use?.loader === "ts-loader";

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const url = dev ? DEV_URL : publicUrl();
  if (!dev && url === DEV_URL) {
    console.warn("ADDIN_PUBLIC_URL is not set: dist/manifest.xml still points at https://localhost:3000/.");
  }
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/index.tsx",
      // The round's .xlsx reader and writer (ExcelJS) as a script of its own, loaded on demand, with its own copy of
      // core, template and round: a lazy chunk would share those with the pane and undo its scope hoisting (+5 KB gzip).
      agencyFiles: {
        import: "./src/taskpane/agencyFilesEntry.ts",
        filename: "agency-files.js",
        library: { name: "chiTieuAgencyFiles", type: "window" },
      },
      // The round's panel, with its own React and Fluent UI, drawn into the pane's container when opened.
      roundPanel: {
        import: "./src/taskpane/roundPanelEntry.tsx",
        filename: "round-panel.js",
        library: { name: "chiTieuRoundPanel", type: "window" },
      },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        ...griffelRules(),
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules let webpack drop the parts of Fluent UI the pane does not use.
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: dev } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        scriptLoading: "defer",
      }),
      ...griffelPlugins(),
      new PaneBudgetPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]", info: { minimized: true } },
          { from: "assets/catalogues/*.json", to: "assets/catalogues/[name][ext]", info: { minimized: true } },
          { from: "src/help/help.html", to: "help.html", info: { minimized: true } },
          { from: "src/commands/dialog.html", to: "dialog.html", info: { minimized: true } },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            info: { minimized: true },
            transform: (content) => (dev ? content : productionManifest(content.toString(), url)),
          },
        ],
      }),
    ],
    performance: { hints: false },
    stats: dev ? "normal" : "errors-warnings",
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_SERVE ? await httpsOptions() : {} },
      static: { directory: path.resolve(__dirname, "dist") },
      client: { overlay: { warnings: false } },
    },
  };
};
// For the bench's minimal pane, built both with and without the extraction.
module.exports.griffelPlugins = griffelPlugins;
module.exports.isTypeScriptRule = isTypeScriptRule;
