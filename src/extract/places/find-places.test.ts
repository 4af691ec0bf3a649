import { describe, expect, it } from 'vitest';
import { sentenceFor } from '../test-helpers.js';
import { findPlaces } from './find-places.js';

const YIBIN = '511500';
const BEIJING = '110000';

describe('findPlaces', () => {
  const rows: Array<[string, string | undefined, string[]]> = [
    ['加快建设叙州区和南溪区污水处理厂', YIBIN, ['叙州区 511504', '南溪区 511503']],
    ['支持江安、长宁发展竹产业', YIBIN, ['江安县 511523', '长宁县 511524']],
    // A town resolves inside the issuer's city first (李庄镇 exists in five provinces).
    ['打造李庄镇古镇文化旅游区', YIBIN, ['李庄镇 511502101']],
    // Everyday words equal to short forms are no places on their own.
    ['培育新兴产业，全面推进乡村振兴，深化区域合作', YIBIN, []],
    // …but count in a list with a sure place.
    ['朝阳、海淀两区联动发展', BEIJING, ['朝阳区 110105', '海淀区 110108']],
    // A county of another province only next to a list mark.
    ['深化与重庆永川、江津合作', YIBIN, ['重庆市 500000', '永川区 500118', '江津区 500116']],
    ['游客赴卧龙湖景区观光', YIBIN, []],
    // By-names: 盐都 is 自贡 in Sichuan, but 盐都区 for a report of 盐城.
    ['擦亮盐都城市名片', '510300', ['自贡市 510300']],
    ['盐都高新区加快发展', '320900', ['盐都区 320903']],
    ['扩大对越南和泰国出口', YIBIN, ['越南 foreign:VN', '泰国 foreign:TH']],
  ];
  it.each(rows)('%s (issuer %s)', (text, issuer, expected) => {
    const { sentence, ctx } = sentenceFor(text, issuer);
    expect(findPlaces(sentence, ctx).map((p) => `${p.division.name} ${p.division.code}`)).toEqual(expected);
  });
});
