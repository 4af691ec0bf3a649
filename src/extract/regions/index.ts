/** Regions: named multi-jurisdiction areas and foreign blocs, basins, and place + 都市圈 patterns. */
export { findNamedRegions, findBasins, REGION_SUFFIXES } from './find-regions.js';
export type { RegionMatch } from './find-regions.js';
export { regionInfo, isMember } from './region-info.js';
export type { RegionInfo } from './region-info.js';
