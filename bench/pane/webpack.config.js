/* Builds the minimal Fluent UI v9 pane for `npm run bench:pane` with the add-in's own production settings, into .tmp/ (never dist/). */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const base = require("../../webpack.config.js");

const ROOT = path.resolve(__dirname, "../..");

/**
 * `--env extracted`: with the pane's build-time CSS extraction (Griffel's rules in a .css file). Without it, the
 * yardstick is built the way a Fluent UI app normally is: Griffel inserts each component's rules at run time.
 */
module.exports = async (env, options) => {
  // Same loader, resolution, mode and minification as the pane; only the entry, output, page and CSS handling differ.
  const config = await base(env, options);
  const extracted = Boolean(env.extracted);
  return {
    ...config,
    context: ROOT,
    entry: { minimal: "./bench/pane/minimal.tsx" },
    output: { ...config.output, path: path.join(ROOT, ".tmp", extracted ? "bench-pane-extracted" : "bench-pane") },
    module: extracted ? config.module : { ...config.module, rules: config.module.rules.filter(base.isTypeScriptRule) },
    plugins: [
      ...(extracted ? base.griffelPlugins() : []),
      new HtmlWebpackPlugin({
        filename: "minimal.html",
        template: "./bench/pane/minimal.html",
        chunks: ["minimal"],
        scriptLoading: "defer",
      }),
    ],
    devServer: undefined,
  };
};
