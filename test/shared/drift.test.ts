/** @jest-environment node */
// The repository stands alone: it keeps its own copies of what the tests need
// from ../shared (the sample fixtures and their README, the manifest schemas).
// Where ../shared is beside the project, as on developers' machines and in CI,
// this test fails as soon as a copy differs from it or a file is missing on
// either side, and says which file and how to bring the copy up to date.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const SHARED = path.resolve(ROOT, "..", "shared");

const COPIES: ReadonlyArray<{ shared: string; copy: string; files: (name: string) => boolean }> = [
  { shared: "fixtures", copy: "src/preview/fixtures/shared", files: (n) => n.endsWith(".json") || n === "README.md" },
  { shared: "schemas/manifest", copy: "test/schemas/manifest", files: () => true },
];

const listFiles = (dir: string, keep: (name: string) => boolean): string[] =>
  existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && keep(e.name)).map((e) => e.name).sort() : [];

const sharedPresent = existsSync(SHARED);
const describeWithShared = sharedPresent ? describe : describe.skip;

describe("the project's copies of ../shared", () => {
  test.each(COPIES)("$copy holds files (the repository stands alone)", ({ copy, files }) => {
    expect(listFiles(path.join(ROOT, copy), files).length).toBeGreaterThan(0);
  });
});

describeWithShared("the project's copies match ../shared", () => {
  test.each(COPIES)("$copy has the same files as ../shared/$shared", ({ shared, copy, files }) => {
    const fromShared = listFiles(path.join(SHARED, shared), files);
    const inProject = listFiles(path.join(ROOT, copy), files);
    expect({ missingFromCopy: fromShared.filter((f) => !inProject.includes(f)), notInShared: inProject.filter((f) => !fromShared.includes(f)) }).toEqual({
      missingFromCopy: [],
      notInShared: [],
    });
  });

  const pairs = COPIES.flatMap(({ shared, copy, files }) =>
    listFiles(path.join(SHARED, shared), files).map((name) => ({ name: `${copy}/${name}`, sharedFile: path.join(SHARED, shared, name), copyFile: path.join(ROOT, copy, name) })),
  );
  test.each(pairs)("$name is byte for byte ../shared's (copy it over again if this fails)", ({ sharedFile, copyFile }) => {
    expect(existsSync(copyFile)).toBe(true);
    expect(readFileSync(copyFile).equals(readFileSync(sharedFile))).toBe(true);
  });
});
