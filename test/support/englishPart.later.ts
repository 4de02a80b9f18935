// Jest's stand-in for "./catalogs/en?part=later" (jest.config.js); see englishPart.first.ts.
import en from "../../src/core/i18n/catalogs/en";
import { catalogPart } from "../../src/core/i18n/catalogParts";

export default catalogPart(en, "later");
