// Offramp build.
//
//   npm run build          webpack --mode production            -> dist/: the task pane for ADDIN_URL (required)
//   npm run build:dev      webpack --mode development           -> dist/: task pane + preview, development URLs
//   npm run build:preview  webpack --mode production --env preview -> dist-preview/: the preview only,
//                          relative paths, servable from any static server and sub-path
//   npm start              webpack serve --mode development     -> https://localhost:3000, both pages
//
// The production address is given once, as ADDIN_URL=https://host/folder/ or
// --env addinUrl=https://host/folder/. dist/ then holds content-hashed bundles,
// taskpane.html (with the Content-Security-Policy of deploy/security-headers.conf),
// the icons, the privacy and support pages, and a manifest.xml whose every URL
// points under that address, with <Version> from package.json.
//
// The preview runs the real task pane on a simulated Office host. The
// simulated host (src/preview) must never reach the production task pane:
// the production build does not even have the preview entry, and a guard
// below fails any build in which the task pane's chunks contain a module from
// src/preview.
//
// Type-checking is not done here (ts-loader transpileOnly): `npm run typecheck`.

const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { BannerPlugin, Compilation, DefinePlugin, WebpackError } = require("webpack");
const { parseAddinUrl } = require("./scripts/addin-url.cjs");
const { productionManifest, DEV_BASE_URL } = require("./scripts/production-manifest.cjs");
const { plainMessages } = require("./scripts/catalog-messages.cjs");
const { readPolicy, policyProblems, withPolicyMeta } = require("./scripts/content-security-policy.cjs");
const { version: PACKAGE_VERSION } = require("./package.json");

const DEV_PORT = 3000;
const SRC = path.resolve(__dirname, "src");
const CATALOGS = path.join(SRC, "core", "i18n", "catalogs") + path.sep;
const PREVIEW_SRC = path.join(SRC, "preview") + path.sep;

/** Whether a script the page loads (`src`, as html-webpack-plugin lists it) is one of entry `name`'s own files. */
function isEntryFile(compilation, name, src) {
  const files = compilation.entrypoints.get(name)?.getFiles() ?? [];
  return files.includes(src.split("/").pop());
}

/** Fails the build if an entry's chunks (initial or lazy) include a module from a forbidden folder. */
class ForbidModulesInEntryPlugin {
  constructor(entry, folder, why) {
    this.entry = entry;
    this.folder = folder;
    this.why = why;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ForbidModulesInEntryPlugin", (compilation) => {
      compilation.hooks.afterSeal.tap("ForbidModulesInEntryPlugin", () => {
        const entrypoint = compilation.entrypoints.get(this.entry);
        if (!entrypoint) return;
        const chunks = new Set();
        for (const chunk of entrypoint.chunks) {
          chunks.add(chunk);
          for (const lazy of chunk.getAllAsyncChunks()) chunks.add(lazy);
        }
        const offenders = new Set();
        const visit = (module) => {
          if (module.modules) module.modules.forEach(visit); // concatenated modules
          const resource = module.resource || "";
          if (resource.startsWith(this.folder)) offenders.add(path.relative(__dirname, resource));
        };
        for (const chunk of chunks) {
          for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) visit(module);
        }
        if (offenders.size > 0) {
          const error = new WebpackError(
            `The "${this.entry}" bundle must not contain ${path.relative(__dirname, this.folder)}/ (${this.why}), ` +
              `but it includes: ${[...offenders].join(", ")}`,
          );
          compilation.errors.push(error);
        }
      });
    });
  }
}

/**
 * Values fixed at build time, which the code reads from src/buildTimeValues.ts
 * (DefinePlugin below). To add one, read it here from --env or the environment
 * (check it like parseAddinUrl does if a production build needs it), and add its
 * field to BuildTimeValues there.
 */
function buildTimeValues(env, { addinUrl }) {
  return {
    // The folder the add-in is served from; the pane names its manifest.xml there.
    addinUrl,
    version: PACKAGE_VERSION,
    // The Microsoft Entra app's client id for Graph (README, "Microsoft Graph"); empty: Graph off.
    clientId: String(env.clientId ?? process.env.ADDIN_CLIENT_ID ?? "").trim(),
  };
}

/**
 * V8's explicit compile hint (Chromium 136+: Edge WebView2, Outlook on the web in Edge or
 * Chrome): every function of a page's initial chunks is compiled on the thread that streams
 * the script in, not one at a time on the main thread as the advice renders. Other engines
 * read a comment. It must be the file's first line, so it goes in after minifying.
 * The benchmark's baseline page gets it too (bench/webpack.baseline.cjs).
 */
function compileHintPlugin() {
  return new BannerPlugin({ banner: "//# allFunctionsCalledOnLoad", raw: true, entryOnly: true, test: /\.js$/, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 });
}

/**
 * Production task pane: adds the Content-Security-Policy <meta> from
 * deploy/security-headers.conf (the header nginx sends), and fails the build
 * if an inline script is not allowed by the policy's hashes.
 */
class ContentSecurityPolicyPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ContentSecurityPolicyPlugin", (compilation) => {
      // After html-webpack-plugin has written and minified the page: the hashes must match the bytes served.
      compilation.hooks.processAssets.tap({ name: "ContentSecurityPolicyPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER }, () => {
        const asset = compilation.getAsset("taskpane.html");
        if (!asset) return;
        const html = asset.source.source().toString();
        const policy = readPolicy();
        const problems = policyProblems(html, policy);
        if (problems.length > 0) {
          compilation.errors.push(
            new WebpackError(`taskpane.html does not fit the Content-Security-Policy in deploy/security-headers.conf:\n  ${problems.join("\n  ")}`),
          );
        }
        compilation.updateAsset("taskpane.html", new sources.RawSource(withPolicyMeta(html, policy)));
      });
    });
  }
}

/**
 * src/taskpane/intl-warmup.js, served under a name with its content hash (long-cached
 * like the bundles); taskpane.html starts it as a worker by that name.
 */
function intlWarmupFile() {
  const source = require("node:fs").readFileSync(path.join(__dirname, "src", "taskpane", "intl-warmup.js"));
  const hash = require("node:crypto").createHash("sha256").update(source).digest("hex").slice(0, 8);
  return { from: "src/taskpane/intl-warmup.js", name: `intl-warmup.${hash}.js` };
}

/** Messages of every language as data for taskpane.html, JSON safe inside <script>. */
function pageText(keys) {
  return JSON.stringify(plainMessages(keys)).replace(/</g, "\\u003c");
}

/** https options for the dev server: Office's dev certificates if installed, else a self-signed one. */
function devServerHttps() {
  const dir = path.join(require("node:os").homedir(), ".office-addin-dev-certs");
  const file = (name) => path.join(dir, name);
  const fs = require("node:fs");
  if (["localhost.crt", "localhost.key", "ca.crt"].every((name) => fs.existsSync(file(name)))) {
    return { type: "https", options: { cert: file("localhost.crt"), key: file("localhost.key"), ca: file("ca.crt") } };
  }
  return "https";
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || process.env.NODE_ENV || "production";
  const dev = mode === "development";
  const preview = Boolean(env.preview);
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const hashed = !dev && !serving;

  // The production address: required for the production task pane, optional
  // (the dev server's address otherwise) for development builds; the preview
  // has no manifest and ignores it.
  const requestedUrl = typeof env.addinUrl === "string" ? env.addinUrl : process.env.ADDIN_URL;
  const addinUrl = preview ? DEV_BASE_URL : hashed || requestedUrl ? parseAddinUrl(requestedUrl) : DEV_BASE_URL;

  // Which pages this build has.
  const withTaskpane = !preview;
  const withPreview = preview || dev;

  const entry = {};
  const pages = [];
  const intlWarmup = intlWarmupFile();
  if (withTaskpane) {
    // Office, the event read and the user's catalog and theme chunks start from a small script
    // of their own, the first of ours to run, while the bundles with React and Fluent UI are
    // still arriving; the pane's entry depends on it and shares its modules (one adapter, one read).
    entry.start = "./src/taskpane/start.ts";
    entry.taskpane = { import: "./src/taskpane/index.tsx", dependOn: "start" };
    pages.push(
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["start", "taskpane"],
        // The template places the scripts itself: the start script not deferred, at the end of the page (after Office.js and the Loading line); the bundles deferred.
        inject: false,
        startScripts: (compilation, files) => files.filter((src) => isEntryFile(compilation, "start", src)),
        paneScripts: (compilation, files) => files.filter((src) => !isEntryFile(compilation, "start", src)),
        // The inline check shows these before any bundle runs.
        oldOutlookText: pageText(["problem.oldOutlook.title", "problem.oldOutlook.body"]),
        // What the Loading line says once Office.js names the language (src/taskpane/loadingLine.ts).
        loadingText: pageText(["app.loading"]),
        intlWarmup: intlWarmup.name,
      }),
    );
  }
  if (withPreview) {
    entry.preview = "./src/preview/index.tsx";
    pages.push(
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        scriptLoading: "defer",
        inject: "head",
      }),
    );
  }

  const copyPatterns = [{ from: "assets", to: "assets" }];
  if (!preview) {
    copyPatterns.push(
      { from: intlWarmup.from, to: intlWarmup.name },
      {
        from: "manifest.xml",
        to: "manifest.xml",
        transform: (content) => productionManifest(content.toString("utf8"), { addinUrl, version: PACKAGE_VERSION }),
      },
      // The privacy statement and support page, served with the add-in (SupportUrl points at support.html).
      {
        from: "docs/pages/*.html",
        to: "[name][ext]",
        transform: (content) => content.toString("utf8").split("%OFFRAMP_VERSION%").join(PACKAGE_VERSION),
      },
    );
  }

  return {
    mode,
    context: __dirname,
    entry,
    output: {
      path: path.resolve(__dirname, preview ? "dist-preview" : "dist"),
      // "auto": chunks are found relative to the script that loads them, so
      // both outputs work from any origin and sub-path.
      publicPath: "auto",
      filename: hashed ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: hashed ? "[name].[contenthash:8].chunk.js" : "[name].chunk.js",
      assetModuleFilename: hashed ? "assets/[name].[contenthash:8][ext]" : "assets/[name][ext]",
      clean: true,
    },
    devtool: dev ? "eval-cheap-module-source-map" : "source-map",
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      alias: {
        // The catalogs arrive already parsed (the loader below), so the bundles need
        // FormatJS's AST types and helpers but not its ICU parser: FormatJS's own
        // parser-less entry. A string message reaching the runtime would fail loudly.
        "@formatjs/icu-messageformat-parser$": require.resolve("@formatjs/icu-messageformat-parser/no-parser.js"),
      },
    },
    module: {
      rules: [
        {
          // The message catalogs: ICU MessageFormat in the source, FormatJS's AST in the bundles.
          test: /\.ts$/,
          include: CATALOGS,
          use: { loader: path.resolve(__dirname, "scripts", "precompile-messages-loader.cjs") },
        },
        {
          test: /\.tsx?$/,
          exclude: [/node_modules/, CATALOGS],
          use: [
            // Runs second: our makeStyles calls become Griffel's precomputed __styles at
            // build time (Fluent UI's own packages ship that way), so the pane carries no
            // CSS-in-JS compiler and computes no styles before its first paint.
            { loader: "@griffel/webpack-loader" },
            {
              loader: "ts-loader",
              options: {
                transpileOnly: true,
                // tsconfig.json says noEmit for `tsc --noEmit`; the loader has to emit.
                compilerOptions: { noEmit: false, sourceMap: true },
              },
            },
          ],
        },
      ],
    },
    optimization: {
      moduleIds: dev ? "named" : "deterministic",
      // One runtime per page, so each HTML page is self-contained.
      runtimeChunk: false,
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // React and Fluent UI change far less often than the app: one long-cached
          // chunk for the libraries a page needs at start. Libraries used only by
          // lazily loaded code stay in those lazy chunks.
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            name: "vendor",
            // Not the start entry's: it has no packages in production, and in development the dev
            // server's client stays in it rather than making the vendor chunk a blocking start script.
            chunks: (chunk) => chunk.canBeInitial() && chunk.name !== "start",
            priority: -10,
            reuseExistingChunk: true,
          },
          defaultVendors: false,
          default: false,
        },
      },
    },
    performance: dev
      ? false
      : {
          // Fluent UI makes the vendor chunk large; warn when an entry grows well beyond today's size.
          hints: "warning",
          maxEntrypointSize: 1024 * 1024,
          maxAssetSize: 1024 * 1024,
        },
    plugins: [
      ...pages,
      ...(hashed && withTaskpane ? [new ContentSecurityPolicyPlugin()] : []),
      ...(hashed ? [compileHintPlugin()] : []),
      new DefinePlugin({ __OFFRAMP_BUILD__: JSON.stringify(buildTimeValues(env, { addinUrl })) }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
      new ForbidModulesInEntryPlugin("start", PREVIEW_SRC, "the simulated Office host is a development tool"),
      new ForbidModulesInEntryPlugin("taskpane", PREVIEW_SRC, "the simulated Office host is a development tool"),
    ],
    devServer: {
      port: DEV_PORT,
      // Outlook only loads a trusted https page. Microsoft's development certificates
      // (`npx office-addin-dev-certs install`) are used when present; otherwise
      // webpack-dev-server makes (and caches) its own self-signed certificate.
      server: devServerHttps(),
      headers: { "Access-Control-Allow-Origin": "*" },
      open: false,
      static: false,
      hot: true,
      client: { overlay: { errors: true, warnings: false } },
      devMiddleware: { writeToDisk: false },
    },
    stats: dev ? "minimal" : "normal",
  };
};

// For bench/webpack.baseline.cjs: the baseline page is built with the same compile hint.
module.exports.compileHintPlugin = compileHintPlugin;
