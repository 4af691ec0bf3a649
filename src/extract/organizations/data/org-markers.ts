/**
 * How organisations are named in work reports: a proper part and a kind word (四川大学,
 * 中国航发集团, 军事科学院防化研究院). Source: the registered-name conventions of the
 * 企业名称登记管理规定 (name + 集团/公司/股份) and of higher-education and research bodies
 * (大学, 学院, 研究院, 研究所), read against the corpus reports.
 */
import type { OrganizationKind } from '../../../model/index.js';

/** A word that ends an organisation's name, its kind, and what may not follow it. */
export interface OrgSuffix {
  suffix: string;
  kind: OrganizationKind;
  /** 集团化办学, 大学生, 云上大学城: the word is no name's end here. */
  notBefore?: readonly string[];
  /** The proper part must contain one of these (研究院: 军事科学院防化研究院, not 机器人产业技术研究院 to be built). */
  needs?: readonly string[];
}

const INSTITUTIONAL = ['科学院', '工程院', '大学', '集团', '公司', '中国', '国家', '中科院', '农科院', '医学院', '研究院'];

export const ORG_SUFFIXES: readonly OrgSuffix[] = [
  { suffix: '集团', kind: 'enterprise', notBefore: ['化', '军', '客户', '总部'] },
  { suffix: '股份有限公司', kind: 'enterprise' },
  { suffix: '有限公司', kind: 'enterprise' },
  { suffix: '有限责任公司', kind: 'enterprise' },
  { suffix: '公司', kind: 'enterprise', notBefore: ['数', '化', '制'] },
  { suffix: '大学', kind: 'university', notBefore: ['生', '城', '科技城', '科技园', '毕业', '校园'] },
  { suffix: '学院', kind: 'university', notBefore: ['派', '路', '街'] },
  { suffix: '专科学校', kind: 'university' },
  { suffix: '科学院', kind: 'institute', notBefore: ['院士'] },
  { suffix: '研究院', kind: 'institute', needs: INSTITUTIONAL },
  { suffix: '研究所', kind: 'institute', needs: INSTITUTIONAL },
  { suffix: '医院', kind: 'hospital', notBefore: ['新院区', '院区', '分院', '一期', '二期', '三期', '建设', '扩建', '迁建', '项目', '改扩建'] },
];

/** Words that alone make the proper part generic (市属国有企业, 规上工业公司, 央属军工集团). */
export const GENERIC_ORG_WORDS: readonly string[] = [
  '国有', '市属', '省属', '央属', '中央', '地方', '军工', '民营', '龙头', '骨干', '重点', '上市', '规上', '规模以上', '工业',
  '建筑业', '领军', '领军型', '高新技术', '科技型', '投资', '平台', '大型', '企业', '本地', '外资', '合资', '头部', '链主',
  '专精特新', '各类', '一批', '相关', '国资', '城投', '金融', '保险', '证券', '银行', '新', '公立', '民办', '公办', '高水平',
  '一流', '研究型', '应用型', '职业', '综合', '专业', '省级', '市级', '县级', '国家级', '一家', '多家', '家', '重要', '知名',
  '优质', '高校', '院校', '科研', '新型', '研发', '服务', '运营', '建设', '发展', '管理', '产业', '物流', '国企', '混合所有制',
  '供应链', '基金', '融资', '担保', '小额贷款', '商业', '社会', '医疗', '卫生', '中医', '人民', '附属', '二级', '三级', '三甲',
  '定点', '境内外', '境外', '境内', '老年', '强村', '咨询', '世界', '全国', '研究型', '百强', '区县', '现代', '跨国',
  '紧密型', '城市', '特色', '技术', '全市', '全省', '医科', '师范', '理工', '财经', '医学', '工程', '交通', '电子',
  '中医药', '职业技术', '技师', '开放', '社区', '企业集团', '市', '县', '区', '肿瘤', '妇幼', '儿童', '口腔', '精神', '传染病', '康复', '专科', '民族', '文化',
  '旅游', '农业', '林业', '水利', '能源', '交投', '文旅', '农投', '水务', '建工', '产投', '科创', '数据', '大数据',
  '控股', '实业', '贸易', '进出口', '物业', '外贸', '合作社', '家庭农场', '会计师', '律师', '事务所',
];

/** Heads of a list of firms (长虹、九洲等骨干企业): its items are organisations. */
export const FIRM_LIST_HEADS: readonly string[] = ['企业', '公司', '集团', '龙头', '链主', '厂商', '央企', '国企', '民企'];

/** Words in any list item that make it a place or a facility, not a firm (潍坊机场, 菜鸟总部). */
export const FACILITY_PARTS = /(机场|港|站|园|区|中心|基地|总部|大学|学院|医院|银行)$/;

/** Words in a list item that make it a place, facility or project rather than a firm. */
export const NOT_FIRM_PARTS: readonly string[] = [
  '路', '铁路', '高铁', '高速', '桥', '站', '港', '园', '区', '库', '厂', '馆', '中心', '基地', '工程', '线', '道', '城',
  '场', '楼', '镇', '村', '县', '市', '省', '管网', '水库', '电站', '项目', '产业', '行业', '领域', '农业', '工业', '服务',
  '制造', '经济', '技术', '材料', '能源', '设备', '装备',
];
