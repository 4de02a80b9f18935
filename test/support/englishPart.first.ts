// Jest's stand-in for "./catalogs/en?part=first" (jest.config.js): the same split the build's
// catalog loader makes, of the source catalog, so the tests see English as the pane does.
import en from "../../src/core/i18n/catalogs/en";
import { catalogPart } from "../../src/core/i18n/catalogParts";

export default catalogPart(en, "first");
