// Jest's stand-in for "./catalogs/en?part=first" (jest.config.js): the build's own split
// (scripts/catalog-parts.cjs) of the source catalog, so the tests see English as the pane does.
import en from "../../src/core/i18n/catalogs/en";
import { catalogPart } from "../../scripts/catalog-parts.cjs";

export default catalogPart(en, "first");
