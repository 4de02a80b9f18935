// Values fixed when the add-in is built (webpack.config.js, buildTimeValues()),
// such as the address it is served from. Code that runs without a webpack
// build (unit tests) gets the development values.

export interface BuildTimeValues {
  /** The folder the add-in is served from, ending in "/" (ADDIN_URL). */
  addinUrl: string;
  /** package.json's version. */
  version: string;
  /** The organisation's Microsoft Entra app client id for Graph (ADDIN_CLIENT_ID); "" = Graph off. */
  clientId: string;
}

declare const __OFFRAMP_BUILD__: BuildTimeValues | undefined;

const DEVELOPMENT: BuildTimeValues = { addinUrl: "https://localhost:3000/", version: "0.0.0-development", clientId: "" };

export const buildTimeValues: BuildTimeValues = typeof __OFFRAMP_BUILD__ !== "undefined" ? __OFFRAMP_BUILD__ : DEVELOPMENT;
