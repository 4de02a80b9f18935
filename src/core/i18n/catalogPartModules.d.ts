// The English catalog's two parts as modules: "./catalogs/en?part=first" and "?part=later"
// (./catalogParts.ts). The build's catalog loader emits only that part's messages
// (scripts/precompile-messages-loader.cjs); Jest maps them to test/support/englishPart.*.ts.
declare module "*?part=first" {
  const messages: Readonly<Record<string, unknown>>;
  export default messages;
}
declare module "*?part=later" {
  const messages: Readonly<Record<string, unknown>>;
  export default messages;
}
