// Jest's stand-in for "./catalogs/en?part=later" (jest.config.js); see englishPart.first.ts.
import en from "../../src/core/i18n/catalogs/en";
import { catalogPart } from "../../scripts/catalog-parts.cjs";

export default catalogPart(en, "later");
