// The task pane's shell, read from its own page: the style block and the Loading line the
// benchmark's baseline page starts from. The baseline is built with them (webpack.baseline.cjs),
// so the two pages cannot drift: a change to how the pane's Loading line shows moves both.
const { readFileSync } = require("node:fs");
const path = require("node:path");

const PANE_PAGE = path.resolve(__dirname, "..", "src", "taskpane", "taskpane.html");

/** @param {string} [html] the pane's page; read from src/taskpane/taskpane.html when omitted */
function paneShell(html = readFileSync(PANE_PAGE, "utf8")) {
  const style = /<style>[^]*?<\/style>/.exec(html)?.[0];
  const root = /<div id="root">[^]*?<\/div><\/div>/.exec(html)?.[0];
  if (!style || !root) throw new Error(`${PANE_PAGE}: no <style> block or no <div id="root"> with its Loading line`);
  return { style, root };
}

module.exports = { paneShell };
