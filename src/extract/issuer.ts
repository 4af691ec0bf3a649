import type { Document, PlaceRef } from '../model/index.js';
import { segment } from '../text/index.js';
import { findPlaces, placeContext, type PlaceContext } from './places/index.js';

/**
 * The issuer: the one ingest read from the header, else the first city (or, failing that, the
 * first province or county) named in the title (关于自贡市2023年…的报告 → 自贡市).
 */
export function issuerOf(doc: Document): PlaceRef | undefined {
  if (doc.issuer) return doc.issuer;
  const title = { index: -1, start: 0, end: doc.title.length, text: doc.title };
  const places = findPlaces({ ...title, tokens: segment(title) }, {});
  const pick = places.find((p) => p.division.level === 'city') ?? places.find((p) => p.division.level !== 'foreign' && p.division.level !== 'town');
  return pick ? { code: pick.division.code, name: pick.division.name } : undefined;
}

/** The disambiguation context of a document. */
export function contextOf(issuer: PlaceRef | undefined): PlaceContext {
  return placeContext(issuer?.code);
}
