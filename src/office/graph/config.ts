// The client id of the organisation's own Microsoft Entra app registration,
// given at build time (ADDIN_CLIENT_ID, see the README). Empty: Graph is off and
// the pane works through Office.js alone.

declare const __ADDIN_CLIENT_ID__: string | undefined;

export const BUILD_CLIENT_ID: string = typeof __ADDIN_CLIENT_ID__ === "string" ? __ADDIN_CLIENT_ID__.trim() : "";
