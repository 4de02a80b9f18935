// Types for scripts/manifest-validation.cjs (used from the TypeScript tests).
export interface ManifestValidationResult {
  valid: boolean;
  errors: string[];
  schemaDir: string;
}
export interface ManifestValidationOptions {
  /** Manifest text; wins over manifestPath. */
  xml?: string;
  /** Default: the project's manifest.xml. */
  manifestPath?: string;
  /** Default: ../shared/schemas/manifest beside the project, or $OFFRAMP_MANIFEST_SCHEMAS. */
  schemaDir?: string;
}
export declare function validateManifest(options?: ManifestValidationOptions): Promise<ManifestValidationResult>;
export declare function defaultSchemaDir(): string;
export declare const defaultManifestPath: string;
export declare class SchemasMissingError extends Error {
  readonly code: "SCHEMAS_MISSING";
  readonly schemaDir: string;
}
export declare const ROOT_SCHEMA: string;
export declare const PRELOADED_SCHEMAS: readonly string[];
