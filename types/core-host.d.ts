// The only host facility the pure core may use, declared for tsconfig.core.json
// (which leaves out the DOM and Node types): a console to warn on, which every
// runtime the core runs in (the pane, jest, Node) provides.
// eslint-disable-next-line no-var -- a global the host provides is declared with var
declare var console: { warn(...data: unknown[]): void };
