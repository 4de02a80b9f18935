// Offline validation of manifest.xml against Microsoft's add-in manifest XSDs.
// Shared by `npm run validate` (scripts/validate-manifest.mjs) and the jest
// test (test/manifest/manifest.test.ts), so both give the same verdict.
//
// The schemas are the project's copy of ../shared/schemas/manifest, in
// test/schemas/manifest (test/shared/drift.test.ts keeps them in step).
// OFFRAMP_MANIFEST_SCHEMAS may point elsewhere.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { validateXML } = require("xmllint-wasm");

const ROOT_SCHEMA = "OfficeAppManifestV1_1.xsd";
/** Imported by the root schema; xmllint needs them in its in-memory file system. */
const PRELOADED_SCHEMAS = [
  "OfficeAppBasicTypesV1_0.xsd",
  "MailAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_1.xsd",
  "TaskPaneAppVersionOverridesV1_0.xsd",
  "ContentAppVersionOverridesV1_0.xsd",
];

const projectRoot = path.resolve(__dirname, "..");
const defaultManifestPath = path.join(projectRoot, "manifest.xml");

function defaultSchemaDir() {
  return process.env.OFFRAMP_MANIFEST_SCHEMAS
    ? path.resolve(process.env.OFFRAMP_MANIFEST_SCHEMAS)
    : path.resolve(projectRoot, "test", "schemas", "manifest");
}

/** Thrown when the schema folder (or one of its files) is missing. */
class SchemasMissingError extends Error {
  constructor(schemaDir, missing) {
    const what = fs.existsSync(schemaDir)
      ? `${missing.join(", ")} missing from the schema folder ${schemaDir}`
      : `the schema folder ${schemaDir} does not exist`;
    super(
      `The add-in manifest schemas are not available: ${what}. ` +
        "They are expected in test/schemas/manifest (or set OFFRAMP_MANIFEST_SCHEMAS to another folder).",
    );
    this.name = "SchemasMissingError";
    this.code = "SCHEMAS_MISSING";
    this.schemaDir = schemaDir;
  }
}

function loadSchemas(schemaDir) {
  const names = [ROOT_SCHEMA, ...PRELOADED_SCHEMAS];
  const missing = names.filter((name) => !fs.existsSync(path.join(schemaDir, name)));
  if (missing.length > 0) throw new SchemasMissingError(schemaDir, missing);
  const read = (fileName) => ({ fileName, contents: fs.readFileSync(path.join(schemaDir, fileName), "utf8") });
  return { schema: read(ROOT_SCHEMA), preload: PRELOADED_SCHEMAS.map(read) };
}

/**
 * Validates a manifest against the XSDs.
 * @param {{ xml?: string, manifestPath?: string, schemaDir?: string }} [options]
 *   `xml` wins over `manifestPath` (default: the project's manifest.xml).
 * @returns {Promise<{ valid: boolean, errors: string[], schemaDir: string }>}
 * @throws {SchemasMissingError} when the schemas are not there.
 */
async function validateManifest(options = {}) {
  const schemaDir = options.schemaDir ? path.resolve(options.schemaDir) : defaultSchemaDir();
  const { schema, preload } = loadSchemas(schemaDir);
  const manifestPath = options.manifestPath ? path.resolve(options.manifestPath) : defaultManifestPath;
  const contents = options.xml !== undefined ? options.xml : fs.readFileSync(manifestPath, "utf8");
  const result = await validateXML({
    xml: [{ fileName: options.xml !== undefined ? "manifest.xml" : path.basename(manifestPath), contents }],
    schema: [schema],
    preload,
  });
  const errors = result.errors.map((e) => e.rawMessage.trim()).filter(Boolean);
  if (!result.valid && errors.length === 0) errors.push(result.rawOutput.trim() || "xmllint reported the manifest invalid");
  return { valid: result.valid, errors, schemaDir };
}

module.exports = {
  validateManifest,
  defaultSchemaDir,
  defaultManifestPath,
  SchemasMissingError,
  ROOT_SCHEMA,
  PRELOADED_SCHEMAS,
};
