import type { Division } from './divisions.js';
import { getGazetteer } from './gazetteer.js';

/** Where the report comes from, as the gazetteer needs it for disambiguation. */
export interface PlaceContext {
  issuerCode?: string;
  /** 6-digit codes of the issuer's prefecture (absent for a province or the country) and province. */
  issuerCity?: string;
  issuerProvince?: string;
}

/** The disambiguation context for an issuer code (a city, a county or a province). */
export function placeContext(issuerCode: string | undefined): PlaceContext {
  if (issuerCode === undefined) return {};
  const d = getGazetteer().byCode.get(issuerCode);
  if (!d) return { issuerCode };
  const issuerCity = d.level === 'province' ? undefined : d.cityCode;
  return { issuerCode, issuerProvince: d.provinceCode, ...(issuerCity !== undefined ? { issuerCity } : {}) };
}

/** True when the division lies in (or is) the issuer's prefecture. */
export function inIssuerCity(d: Division, ctx: PlaceContext): boolean {
  return ctx.issuerCity !== undefined && (d.cityCode === ctx.issuerCity || d.code === ctx.issuerCity);
}

/** True when the division lies in (or is) the issuer's province. */
export function inIssuerProvince(d: Division, ctx: PlaceContext): boolean {
  return ctx.issuerProvince !== undefined && d.provinceCode === ctx.issuerProvince;
}
