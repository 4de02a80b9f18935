// Tokens through nested app authentication: MSAL.js asks Outlook (the host)
// for a token for the signed-in user; no server of ours, no Office.auth. The
// library loads only when a request is first confirmed, the silent call comes
// first and the interactive one only when Outlook says consent is needed.
// Tokens stay in MSAL's in-memory cache: nothing is written to storage.

import type { GraphScope } from "./requests";
import { GraphError, type TokenSource } from "./graphClient";

type Msal = typeof import("@azure/msal-browser");
type Pca = Awaited<ReturnType<Msal["createNestablePublicClientApplication"]>>;

function errorCode(error: unknown): string {
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  return typeof code === "string" ? code : "";
}

function asGraphError(error: unknown, interactive: boolean): GraphError {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  if (code === "no_network_connectivity") return new GraphError("offline", null, code, message);
  // After the consent prompt any refusal (declined, closed, blocked by policy) means no permission was granted.
  if (interactive || /consent|access_denied|user_cancel/i.test(code)) return new GraphError("consent-denied", null, code || null, message);
  return new GraphError("other", null, code || null, message);
}

export function createNaaTokenSource(clientId: string): TokenSource {
  let client: Promise<{ msal: Msal; pca: Pca }> | null = null;
  const start = () => {
    client ??= import(/* webpackChunkName: "msal" */ "@azure/msal-browser").then(async (msal) => ({
      msal,
      pca: await msal.createNestablePublicClientApplication({
        auth: { clientId, authority: "https://login.microsoftonline.com/common" },
        cache: { cacheLocation: msal.BrowserCacheLocation.MemoryStorage },
      }),
    }));
    // A failed start may be retried on the next request.
    client.catch(() => {
      client = null;
    });
    return client;
  };

  return async (scopes: GraphScope[]) => {
    let msal: Msal;
    let pca: Pca;
    try {
      ({ msal, pca } = await start());
    } catch (error) {
      throw asGraphError(error, false);
    }
    try {
      return (await pca.acquireTokenSilent({ scopes })).accessToken;
    } catch (error) {
      if (!(error instanceof msal.InteractionRequiredAuthError)) throw asGraphError(error, false);
    }
    try {
      return (await pca.acquireTokenPopup({ scopes })).accessToken;
    } catch (error) {
      throw asGraphError(error, true);
    }
  };
}
