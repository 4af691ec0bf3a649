/** Places: the GB/T 2260 gazetteer, short forms, by-names, countries and abbreviation compounds. */
export { getGazetteer } from './gazetteer.js';
export type { Gazetteer, GazetteerEntry } from './gazetteer.js';
export type { Division } from './divisions.js';
export { placeContext, inIssuerCity, inIssuerProvince } from './context.js';
export type { PlaceContext } from './context.js';
export { findPlaces } from './find-places.js';
export type { PlaceMatch } from './find-places.js';
export { findCompounds } from './find-compounds.js';
export type { Compound, CompoundKind } from './find-compounds.js';
export { decodeAbbreviation } from './abbreviations.js';
export { gazetteerWords, provinceWords } from './gazetteer-words.js';
export { findForeignRuns, isCountryRun } from './find-foreign-runs.js';
