/* Builds the minimal Fluent UI v9 pane for `npm run bench:pane` with the add-in's own production settings, into .tmp/ (never dist/). */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const base = require("../../webpack.config.js");

const ROOT = path.resolve(__dirname, "../..");

module.exports = async (env, options) => {
  // Same loader, resolution, mode and minification as the pane; only the entry, output and page differ.
  const config = await base(env, options);
  return {
    ...config,
    context: ROOT,
    entry: { minimal: "./bench/pane/minimal.tsx" },
    output: { ...config.output, path: path.join(ROOT, ".tmp", "bench-pane") },
    plugins: [
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
