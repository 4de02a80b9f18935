// Builds the benchmark's baseline page (bench/baseline) with the project's own
// webpack configuration (same loaders, minifier, chunk splitting, source maps),
// replacing only the entry, the page and the output folder (and keeping the compile
// hint the pane's bundles carry), so webpack.config.js
// stays untouched and the comparison stays fair.
//   npx webpack --config bench/webpack.baseline.cjs --mode production  -> dist-bench/baseline.html
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const projectConfig = require("../webpack.config.js");
const { paneShell } = require("./paneShell.cjs");

const ROOT = path.resolve(__dirname, "..");

// webpack passes (env, argv); only argv (the mode) matters here.
module.exports = (env = {}, argv = {}) => {
  const project = projectConfig({ addinUrl: "https://127.0.0.1/offramp/", ...env }, { ...argv, mode: "production" });
  return {
    ...project,
    entry: { baseline: "./bench/baseline/index.tsx" },
    output: { ...project.output, path: path.join(ROOT, "dist-bench") },
    plugins: [
      // The same V8 compile hint as the task pane's bundles.
      projectConfig.compileHintPlugin(),
      new HtmlWebpackPlugin({
        filename: "baseline.html",
        template: "./bench/baseline/baseline.html",
        chunks: ["baseline"],
        scriptLoading: "defer",
        inject: "head",
        // The pane's style block and Loading line, so the two pages start from the same shell.
        paneShell: paneShell(),
      }),
    ],
  };
};
