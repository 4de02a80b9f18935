// Types for scripts/content-security-policy.cjs (used from the TypeScript tests).
export declare function readPolicy(file?: string): string;
export declare function parsePolicy(policy: string): Map<string, string[]>;
export declare function inlineScripts(html: string): string[];
export declare function policyProblems(html: string, policy: string): string[];
export declare function withPolicyMeta(html: string, policy: string): string;
export declare function sha256(text: string): string;
export declare const HEADERS_FILE: string;
