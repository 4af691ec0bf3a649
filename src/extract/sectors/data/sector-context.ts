/**
 * Words around sector names in work reports: 发展|氢能|产业, 商贸、文化、旅游|等|生活性服务业.
 * Source: how State Council and provincial reports list industries (read from the corpus).
 */

/** Words right after a sector name that confirm it is one (文化|产业, 水泥|企业). */
export const SECTOR_HEADS: readonly string[] = [
  '产业',
  '行业',
  '领域',
  '集群',
  '全产业链',
  '产业链',
  '业态',
  '龙头企业',
  '板块',
  '赛道',
  '新赛道',
  '服务业',
  '制造业',
];

/** What an enumeration of sectors ends with, after 等 and a few modifiers (…等战略新兴领域). */
export const ENUMERATION_HEADS: readonly string[] = [
  '产业',
  '领域',
  '行业',
  '服务业',
  '制造业',
  '新赛道',
  '赛道',
  '业态',
  '产业集群',
  '主导产业',
];

/** Heads that make a list one of industries even when the taxonomy knows none of its items (…等新兴产业). */
export const INDUSTRY_HEADS: readonly string[] = ['产业', '服务业', '制造业', '新赛道', '赛道', '产业集群', '主导产业'];

/** Heads of a list written without 等, whose items must all be known sectors (水泥、砖瓦、陶瓷企业). */
export const BARE_LIST_HEADS: readonly string[] = ['企业', '产业', '行业', '领域'];

/** After the head, words that make the list one of hazards, not industries (…等重点行业领域安全监管). */
export const NOT_SECTOR_AFTER: readonly string[] = [
  '风险',
  '安全',
  '隐患',
  '监管',
  '事故',
  '检查',
  '整治',
  '问题',
  '专项整治',
  '执法',
  '治理',
  '排查',
  '消防',
];

/** Words that end the first item of a list on the left (发展|高端显示、先进材料). */
export const ITEM_LEFT_STOPS: readonly string[] = [
  '发展',
  '做强',
  '做大',
  '做优',
  '壮大',
  '培育',
  '聚焦',
  '围绕',
  '深化',
  '推动',
  '加快',
  '布局',
  '打造',
  '支持',
  '引进',
  '在',
  '对',
  '从',
  '与',
  '涵盖',
  '包括',
  '覆盖',
  '重点',
  '积极',
  '大力',
  '着力',
  '突出',
  '推进',
  '形成',
  '建设',
  '构建',
  '开展',
  '出台',
  '实施',
  '带动',
  '以及',
  '抓好',
  '完善',
  '提升',
  '拓展',
  '延伸',
  '引育',
  '招引',
  '集聚',
  '瞄准',
  '抢占',
  '深耕',
  '主攻',
  '攻坚',
  '突破',
  '提速',
];

/** After a head, what makes it part of a facility's name (机器人产业|技术研究院, 现代农业产业|园). */
export const HEAD_NOT_BEFORE: readonly string[] = ['园', '技术', '基金', '研究', '孵化'];

/** After a list's head, what makes its unknown items firms or projects (埃克森、创明等百亿级制造业|项目). */
export const FIRM_AFTER_HEAD: readonly string[] = ['项目', '企业', '公司', '集团'];

/**
 * Words listed beside industries that are fields of public work, not sectors
 * (教育、卫生、社会保障等领域). An unknown list item equal to one of these is skipped.
 */
export const NOT_SECTORS: readonly string[] = [
  '信息',
  '服务',
  '科技',
  '研发',
  '设计',
  '交通',
  '卫生',
  '教育',
  '社会事业',
  '社会保障',
  '基础设施',
  '公用事业',
  '生态环境',
  '生态建设',
  '财税',
  '综合利用',
  '资源节约',
  '新农村建设',
  '民生',
  '就业',
  '医疗',
  '住房',
  '安全',
  '环境',
  '城建',
  '水利',
  '交通运输',
  '生态',
  '文明',
  '党建',
  '治理',
  '扶贫',
  '养老服务',
  '健康',
  '社区',
  '体制',
  '机制',
  '改革',
  '创新',
  // government departments and other non-industries listed beside sectors (税务、工商、审计等部门领域)
  '税务',
  '工商',
  '审计',
  '卫健',
  '公共机构',
  '经济',
  '青年',
  '科技创新',
  '公共卫生',
  '城市更新',
];

/** Endings of an unknown list item that make it a place of business, not a sector (长乐百亿纺织城, 金融街). */
export const FACILITY_ENDINGS = /(城|园|街|区|港|中心|基地|广场|小镇|村|场)$/;

/**
 * Endings of an unknown list item that make it a field of public work or a policy, not an
 * industry (营商环境, 城市生产安全, 产权制度, 民生保障, 乡村建设, 人才引进培养; read from corpus lists).
 */
export const PUBLIC_WORK_ENDINGS =
  /(环境|安全|制度|保障|建设|规划|配套|一体|培养|网络|政务服务|政治|司法|用地|出行|采购|应用|示范|制定|改造)$/;

/**
 * Openings of an unknown item that make it a clause or a count, not an industry: a verb the first
 * item kept (提升, 优化煤焦冶电, 探索保税维修), a verb's complement (做好|丝绸), a count (三大数据库).
 */
export const NOT_SECTOR_OPENINGS =
  /^(提升|优化|探索|推进|推动|加快|加强|发展|培育|壮大|做|好|[一二两三四五六七八九十]+大)/;
