import type { PlaceRef } from '../../model/index.js';

/** The issuer of a State Council report. GB/T 2260 codes no country; 100000 is the DataV/Aliyun geodata convention. */
export const COUNTRY: PlaceRef = { code: '100000', name: '中国' };

/** Header words that name the State Council or the National People's Congress as the forum. */
export const COUNTRY_MARKERS: readonly string[] = ['国务院', '全国人民代表大会', '全国人大', '国务院总理'];
