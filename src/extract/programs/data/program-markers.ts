/**
 * How programme names are marked in Chinese government work reports.
 * Source: the naming conventions of State Council and provincial work reports (e.g. 乡村建设行动,
 * 科技体制改革三年攻坚行动, 国家全域旅游示范区, 碳达峰行动方案), read from the report corpus.
 */

/** Paired marks around a name: quotation marks and book-title marks (《…》 names a document or plan). */
export const QUOTE_PAIRS: ReadonlyArray<{ open: string; close: string; rule: string }> = [
  { open: '“', close: '”', rule: 'program.quoted' },
  { open: '《', close: '》', rule: 'program.title' },
  { open: '「', close: '」', rule: 'program.quoted' },
  { open: '"', close: '"', rule: 'program.quoted' },
];

/** A word that ends a programme name, and what may not follow it (then it is no name's end). */
export interface ProgramSuffix {
  suffix: string;
  /** 工程 before 技术 is a profession (工程技术研究中心); before 一期 a facility (政务工程一期). */
  notBefore?: readonly string[];
  /** 工程 after 主体 or 分流 is a built thing (科创基地主体工程, 雨污分流工程), a Project. */
  notAfter?: readonly string[];
  /** 工程 whose name holds a place of building is a built thing (沣河高新段生态修复工程, 快速路工程). */
  notContaining?: RegExp;
  /** A title whose words before it may be only a level: 国家创新型城市, 全省区域消费中心城市. */
  standalone?: boolean;
}

/** Words after any suffix that make it a modifier of a facility or a body (战略保障基地, 试点企业). */
export const FACILITY_HEADS: readonly string[] = [
  '基地',
  '园区',
  '中心',
  '平台',
  '企业',
  '公司',
  '单位',
  '保障',
  '储备',
];

/** Words before 工程 that make it a built thing rather than a programme. */
const BUILT_WORKS = [
  '主体',
  '分流',
  '水利',
  '供水',
  '污水',
  '管网',
  '配套',
  '一期',
  '二期',
  '三期',
  '示范',
  '改造',
  '治理',
  '整治',
  '枢纽',
  '土建',
  '附属',
  '道路',
  '桥梁',
  '隧道',
  '电站',
  '输水',
  '引水',
  '调水',
  '灌区',
  '防洪',
  '堤防',
  '提灌',
  '水库',
  '重点',
  '基础',
  '续建',
  '新建',
  '扩建',
  '安装',
  '绿化',
  '市政',
  '管廊',
  '设施',
  '装修',
  '输变电',
  '变电',
  '配置',
  '人防',
  '通道',
  '管道',
  '线路',
  '输电',
  '电网',
  '公用',
  '截流',
  '并网',
];

const FACILITY_TAIL = ['技术', '材料', '师', '院', '一期', '二期', '三期', '四期', '项目', '建设项目', '机械', '车'];

/**
 * Words that end a programme name. A name is the span from the start of the clause's object up to
 * and including one of these; where one suffix contains another, the longer span wins.
 */
export const PROGRAM_SUFFIXES: readonly ProgramSuffix[] = [
  // campaigns and plans
  { suffix: '行动' },
  // 按计划, 年计划 (完成年计划的98%), 有计划: a schedule or a manner, not a plan's name
  { suffix: '计划', notBefore: ['单列', '生育', '执行', '草案', '任务'], notAfter: ['按', '完成年', '占年', '有'] },
  {
    suffix: '工程',
    notBefore: FACILITY_TAIL,
    notAfter: BUILT_WORKS,
    notContaining: /[路河段桥港站线渠湖]|灌区|院区|机场|水库|铁路|高速|遗址/,
  },
  {
    suffix: '战略',
    notBefore: [
      '性',
      '新兴',
      '合作',
      '需求',
      '机遇',
      '支点',
      '腹地',
      '科学家',
      '科技',
      '人才',
      '投资',
      '互信',
      '重组',
      '伙伴',
      '对话',
      '沟通',
      '定力',
      '高度',
      '眼光',
      '思维',
      '部署',
      '布局',
      '地位',
      '意义',
      '任务',
      '目标',
      '重点',
    ],
  },
  { suffix: '方案', notBefore: ['修编'] },
  { suffix: '规划纲要' },
  { suffix: '保卫战' },
  { suffix: '攻坚战' },
  // reforms and pilots
  { suffix: '试点', notBefore: ['示范'] },
  { suffix: '试点城市' },
  { suffix: '试点县' },
  {
    suffix: '改革',
    notBefore: ['开放', '扩大', '创新', '发展', '红利', '任务', '举措', '成果', '的', '中', '促', '和发展', '发展稳定'],
  },
  // 河湖长制, 林长制, 链长制; not 经济增长制
  { suffix: '长制', notAfter: ['增', '成', '延', '生', '擅', '专'] },
  // titles pursued (争创 … 示范区)
  { suffix: '示范区' },
  { suffix: '试验区' },
  { suffix: '先行区' },
  { suffix: '实验区' },
  { suffix: '示范县' },
  { suffix: '示范市' },
  { suffix: '示范城市' },
  { suffix: '示范项目' },
  { suffix: '建设示范' },
  { suffix: '培育县' },
  { suffix: '创新型城市', standalone: true },
  { suffix: '消费中心城市', standalone: true },
  { suffix: '发展型城市' },
  { suffix: '质量安全县', standalone: true },
  { suffix: '旅游名县', standalone: true },
  { suffix: '现代农业产业园', standalone: true },
  { suffix: '文明城市', standalone: true },
  { suffix: '卫生城市', standalone: true },
  { suffix: '园林城市', standalone: true },
];

/** Longest programme names this recogniser believes (characters): longer spans are clauses, not names. */
export const MAX_NAME_CHARS = 30;
