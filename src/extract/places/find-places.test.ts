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
    // An everyday word is sure inside the issuer's own city; a municipality's districts are its own.
    ['支持朝阳打造国际消费中心', BEIJING, ['朝阳区 110105']],
    ['培育朝阳产业', YIBIN, []],
    // jieba cuts 上 | 海城市 | 精神: 海城市 (Liaoning) runs into 上海 and is no place here.
    ['丰富上海城市精神', '310000', []],
    // A county of another province only next to a list mark.
    ['深化与重庆永川、江津合作', YIBIN, ['重庆市 500000', '永川区 500118', '江津区 500116']],
    ['游客赴卧龙湖景区观光', YIBIN, []],
    // jieba glues 至 to the next place and that place to 段 (新平|至元|江段): both ends of the section are read.
    ['建成玉楚高速新平至元江段', '530400', ['新平彝族傣族自治县 530427', '元江哈尼族彝族傣族自治县 530428']],
    // …and not glued to the noun or numeral before it.
    ['统筹抓好产业兴县、强县富民', '440000', []],
    ['推动佛山三龙湾、惠州大亚湾合作平台建设', '440000', ['佛山市 440600', '惠州市 441300']],
    ['争取开工江津至泸州高速公路', '510300', ['江津区 500116', '泸州市 510500']],
    // By-names: 盐都 is 自贡 in Sichuan, but 盐都区 for a report of 盐城.
    ['擦亮盐都城市名片', '510300', ['自贡市 510300']],
    ['盐都高新区加快发展', '320900', ['盐都区 320903']],
    ['扩大对越南和泰国出口', YIBIN, ['越南 foreign:VN', '泰国 foreign:TH']],
    // A street, square or park named after a city mentions no city.
    ['完成天津街商业区改造和咸阳路拓宽', '210200', []],
    // A far county's name listed with the issuer's own places is a local name (a zone), not that county…
    ['加快滨海、寿光两个化工园区转型', '370700', ['寿光市 370783']],
    // …but listed with other far places it is that county.
    ['在宁波、大同、开州举办招商推介会', '370700', ['宁波市 330200', '大同市 140200', '开州区 500154']],
    // A route (A经B) joins a far county to a local place.
    ['推动綦江经泸州至叙永铁路前期工作', '510500', ['綦江区 500110', '泸州市 510500', '叙永县 510524']],
    ['建设更高水平的平安淄博、法治淄博', '370300', ['淄博市 370300', '淄博市 370300']],
    // An everyday word qualifying a place (平安四川) is no place.
    ['深化法治四川、平安四川建设', '510000', ['四川省 510000', '四川省 510000']],
    // A far county named like a lake, a river or a gate (东湖, 南关, 太湖) is a local name at a route's
    // end or alone, that county only in a list of places outside the issuer's province…
    ['改建省道305线东湖至龙池段', YIBIN, []],
    ['开展南河、东河小流域综合治理', YIBIN, []],
    ['推进环太湖生态廊道建设', '320400', []],
    ['与抚州、南城等地开展旅游合作', '350100', ['抚州市 361000', '南城县 361021']],
    // …and sure after its own city.
    ['深化与武汉东湖高新区合作', YIBIN, ['武汉市 420100']],
    // A full name's 区 or 乡 that opens a longer word (区域, 乡村) ends no name.
    ['建设大河西区域医疗中心', '430300', []],
    ['推动海岛乡村振兴和发展乡村旅游', '350200', []],
  ];
  it.each(rows)('%s (issuer %s)', (text, issuer, expected) => {
    const { sentence, ctx } = sentenceFor(text, issuer);
    expect(findPlaces(sentence, ctx).map((p) => `${p.division.name} ${p.division.code}`)).toEqual(expected);
  });
});
