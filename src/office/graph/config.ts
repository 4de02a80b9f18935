// The client id of the organisation's own Microsoft Entra app registration,
// given at build time (ADDIN_CLIENT_ID, see the README). Empty: Graph is off and
// the pane works through Office.js alone.
import { buildTimeValues } from "../../buildTimeValues";

export const BUILD_CLIENT_ID: string = buildTimeValues.clientId.trim();
