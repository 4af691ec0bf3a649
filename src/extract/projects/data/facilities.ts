import type { ProjectKind } from '../../../model/index.js';

/**
 * How much a facility word tells by itself.
 * - `head`: names a concrete thing once any distinguishing modifier precedes it (…研究院, …水库).
 * - `proper`: common as an ordinary word too (路, 高速, 工程, 项目), so the modifier must hold a proper part
 *   (a place, an unknown or foreign word, a code, a quoted or bracketed part) or endpoints.
 * - `code`: a road or line code (S210, G318线) that is a name by itself.
 * - `inner`: also names programmes (千万工程), so it needs another facility word inside the name or a phase
 *   (南部供水系统一期工程, 汇东片区雨污分流工程).
 */
export type FacilityStrength = 'head' | 'proper' | 'inner' | 'code';

/** A word that ends a project name, with the kind of project it makes. */
export interface Facility {
  word: string;
  kind: ProjectKind;
  strength: FacilityStrength;
}

const h = (kind: ProjectKind, words: string): Facility[] =>
  words.split(' ').map((word) => ({ word, kind, strength: 'head' }));
const p = (kind: ProjectKind, words: string): Facility[] =>
  words.split(' ').map((word) => ({ word, kind, strength: 'proper' }));

/**
 * Facility words of Chinese plan and work reports (see README.md for sources). Longer words win over
 * their suffixes at the same end (抽水蓄能电站 over 电站), so order here does not matter.
 */
export const FACILITIES: readonly Facility[] = [
  ...h(
    'railway',
    '铁路 高铁 城际铁路 高速铁路 市域铁路 城际轨道 轨道交通 地铁 轻轨 有轨电车 铁路专用线 专用线 联络线 货运站 高铁站 火车站',
  ),
  ...h('railway', '号线 客运专线'),
  ...p('railway', '城际'),
  ...h('highway', '高速公路 快速通道 快速路 快速干道 绕城高速 环线高速'),
  ...p('highway', '高速 公路 国道 省道 干线 通道 环线'),
  ...h('road', '大道 干道 支路 延线 南延线 北延线 东延线 西延线 延长线 立交 连接线'),
  ...p('road', '路 街 道路 大街 中街 老街 中路 南路 北路 东路 西路'),
  ...h('bridge', '大桥 特大桥 长江大桥 黄河大桥 跨江大桥 跨海大桥'),
  ...p('bridge', '桥'),
  ...h('tunnel', '隧道 过江隧道 越江隧道'),
  ...h('highway', '过江通道 跨江通道'),
  ...h('airport', '机场 通用机场 国际机场 航站楼 航空港'),
  ...h('port', '港区 码头 作业区 物流港 无水港 陆港 内陆港 航运枢纽 船闸'),
  ...p('port', '港'),
  ...h('reservoir', '水库 水利枢纽'),
  ...h('irrigation', '灌区 干渠 总干渠 渠系'),
  ...h('waterworks', '水厂 自来水厂 净水厂 污水处理厂 供水系统 供水工程 水源工程'),
  ...h('water-diversion', '引水工程 调水工程 引调水工程 提水工程 补水工程'),
  ...h('power', '电站 水电站 抽水蓄能电站 光伏电站 储能电站 变电站 电厂 发电厂 风电场 光伏基地 换流站'),
  ...h('pipeline', '管道 管线 输气管线 输气管道 输油管道 天然气管道'),
  ...h(
    'park',
    '园区 产业园 产业园区 科创园 科技园 工业园 工业园区 示范园区 合作园区 孵化园 智创园 创业园 物流园 公园 湿地公园 森林公园 国家公园 生态园',
  ),
  ...h('base', '基地 中试基地 产业基地 研发基地'),
  ...h('center', '中心 转运中心 物流中心 数据中心 展示中心 医疗中心 运动中心 健身中心'),
  ...h('lab', '实验室 重点实验室 工程实验室'),
  ...h('institute', '研究院 研究所 技术研究院 创新院'),
  ...h('hospital', '医院 院区 新院区 分院 中医院 人民医院 保健院 妇幼保健院 卫生院'),
  ...h('school', '分校 校区 中学 小学'),
  ...h(
    'complex',
    '综合体 综合楼 博物馆 图书馆 体育馆 文化馆 美术馆 展览馆 科技馆 会展中心 体育场 广场 小镇 储备库 康养城',
  ),
  ...h('district', '街区 片区 历史文化街区 古镇'),
  ...p('other', '项目 班列'),
  { word: '工程', kind: 'other', strength: 'inner' },
];

/** Road and line codes stand alone as names (S210, G318线; G5京昆高速 keeps its own facility word). */
export const ROAD_CODE = /(?<![A-Za-z0-9])[GS]\d{1,4}线?(?![A-Za-z0-9])/gu;
export const ROAD_CODE_FACILITY: Facility = { word: 'G', kind: 'highway', strength: 'code' };
