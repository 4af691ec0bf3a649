/**
 * Quoted text that is not a programme: reports also quote targets (“零突破”), tendencies to stop
 * (“非农化”), spirits (“两弹一星”精神), descriptors (“一站式”) and numeric formulas (“3+1”).
 * Each filter has an id so `--explain` can say why a quote was dropped. Derived from reading the
 * quoted spans of provincial and city work reports in the corpus.
 */
export interface QuoteFilter {
  id: string;
  /** Tested against the text inside the marks. */
  inner?: RegExp;
  /** Tested against the text right after the closing mark. */
  after?: RegExp;
  /** Tested against the text right before the opening mark. */
  before?: RegExp;
}

/**
 * jieba tags of an everyday word: a quote holding one such word and nothing else is a figure of
 * speech (“牛鼻子”, “组合拳”, “紧日子”, “一刀切”), not a coined programme name (“放管服”, “千万工程”
 * are proper nouns or unknown to the dictionary). Numbered abbreviations (“双高”, “三资”) and the
 * quote completed by a programme word (“头雁”项目) stay programmes.
 */
export const FIGURE_TAGS: ReadonlySet<string> = new Set(['n', 'i', 'l', 'a', 'an', 'ad', 'd', 'v', 'vn']);
/** What starts a numbered abbreviation (“双高”, “三资”, “一岗双责”). */
export const NUMBERED = /^[一二两三四五六七八九十双百千万]/;
/** A programme word after the closing mark keeps a figure as a name (“头雁”项目, “米袋子”省长责任制). */
export const PROGRAM_AFTER =
  /^等?(项目|工程|试点|制度|机制|模式|改革|行动|计划|战略|品牌|示范|专项|[\u4e00-\u9fff]{0,3}(负责制|责任制))/;

/** A work of art's kind before its title (花鼓戏《情怀》) and what is said of it after (《山海情》获奖). */
export const WORK_OF_ART_BEFORE =
  /(花鼓|花鼓戏|话剧|电影|歌剧|舞剧|音乐剧|戏曲|歌曲|纪录片|电视剧|动画片|小说|诗集|剧目|栏目|专著|图书|作品)$/;
export const WORK_OF_ART_AFTER = /^(获奖|获得.{0,4}奖|荣获|摘得|上映|播出|首演|出版发行)/;

export const QUOTE_FILTERS: readonly QuoteFilter[] = [
  // formulas and codes: “3+1”, “23610”, “1+N”; single characters: “救”在身边
  { id: 'no-chinese', inner: /^[^\u4e00-\u9fff]*$/ },
  { id: 'single-character', inner: /^.$/ },
  // fragments: “+西欧”
  { id: 'fragment', inner: /^[+＋、·]/ },
  // crop varieties and models: “潍麦16”, “华良糯玉1号”
  { id: 'variety', inner: /[\u4e00-\u9fff][0-9]+号?$/ },
  // slogans that state a duty or a truth: “疫情要防住…”, “绿水青山就是金山银山”, “三管三必须”
  { id: 'slogan', inner: /要|就是|必须|不能|不得|才能/ },
  // three or more listed phrases are a motto (“网格化、信息化、社区化”, “政府主导、科学规划、…”)
  { id: 'motto-list', inner: /^[^、]+(、[^、]+){2,}$/ },
  // tendencies reports want to stop: 耕地“非农化”, “非粮化”
  { id: 'tendency', inner: /^[\u4e00-\u9fff]{1,2}化$/ },
  // targets and states: “零突破”, “全覆盖”, “清零”, “回头看”
  { id: 'target', inner: /^(零[\u4e00-\u9fff]{1,3}|全覆盖|清零|回头看|满格|双提升|双丰收|开门红|加速跑|新高地)$/ },
  // records reports count: “六连增”, “三下降”, “应保尽保”
  {
    id: 'record',
    inner:
      /^([一二两三四五六七八九十]+连[增降涨升冠丰]|[一二两三四五六七八九十双]+(下降|增长)|应(.)尽\3|见底清零|动态清零|破零|翻番)$/,
  },
  // problems to solve: “停车难”, “卡脖子”, “城市病”
  { id: 'problem', inner: /(难|卡脖子|堵点|痛点|难点|城市病|大城市病)$/ },
  // paired slogans: “既流入又融入”
  { id: 'paired-slogan', inner: /^既.+又/ },
  // descriptors: “一站式”服务, “保姆式”, “点单式”
  { id: 'descriptor', inner: /式$/ },
  // phrases with 的 are descriptions: “舌尖上的安全”
  { id: 'phrase', inner: /的/ },
  // kinds of people or households: “零就业家庭”, “三无”人员
  { id: 'people', inner: /(家庭|人员|对象|群体)$/ },
  { id: 'people-after', after: /^(人员|家庭|对象|群体|船舶)/ },
  // counted things: “两个责任”, “三个一批”
  { id: 'counted', inner: /^[一二两三四五六七八九十双]个/ },
  // things to fight or fix, not programmes to run: 整治“散乱污”, 纠治“四风”, 扫除“黄赌毒”, 打通21条“断头路”
  {
    id: 'target-of-fight',
    before:
      /(整治|纠治|打击|严打|遏制|防止|杜绝|反对|破除|清理|清走|扫除|铲除|查处|纠正|克服|力戒|管控|严防|消除|根治|坚决|拔掉|斩断|打通|贯通)(一批|[0-9０-９一二两三四五六七八九十百千]+[条个处])?$/,
  },
  // slogans of modernisation: “治理体系和治理能力现代化”
  { id: 'modernisation', inner: /现代化$/ },
  // figures of speech with a locative: 用在“刀刃上”
  { id: 'figure', inner: /[上里中]$/ },
  // rankings: “中国民营企业500强”, “全国百强县”
  { id: 'ranking', inner: /([0-9]+|[十百千])强(县|市|区|镇|企业)?$/ },
  // political formulas and doctrines, slogans rather than programmes
  {
    id: 'political-formula',
    inner:
      /^(一国两制|九二共识|(.)人治\2|四个全面|五位一体|四个意识|四个自信|两个维护|两个确立|两个毫不动摇|四风|三公|两学一做|三严三实|国之大者)$/,
  },
  // a quote that is the predicate of a causative clause: 让耕地保护制度“长牙齿”, 使监督“带电”
  { id: 'predicate', before: /(让|使|使得|令)[\u4e00-\u9fff]{0,10}$/, after: /^([，,。；;！!]|$)/ },
  // an apposition naming a figure: 抓住项目建设这个“牛鼻子”
  { id: 'apposition', before: /(这个|这一|这张|这条|这把)$/ },
  // spirits and styles: “两弹一星”精神
  { id: 'spirit', after: /^(精神|品格|作风|风格|情怀)/ },
  // a quote used as a modifier of 的 or of a problem: “天下英才聚绵阳”的良好局面, “一老一小”问题
  { id: 'modifier', after: /^(的|问题|难题|现象|之风|顽疾)/ },
  // quoted speech: a clause with its own punctuation
  { id: 'speech', inner: /[，,！!？?。]/ },
  // a list of parts counted after the mark: “产业、能源、交通、空间”四大结构
  { id: 'parts', inner: /、/, after: /^[一二两三四五六七八九十]+(大|个|类|项|方面)/ },
  // a list standing alone as a motto: 立足“全灾种、大应急”，
  { id: 'motto', inner: /、/, after: /^[，,。；;]/ },
  // things of other kinds: “赛手企业”, “云上种业馆”, “城市运营中心”
  {
    id: 'facility',
    inner:
      /(企业|公司|馆|中心|平台|基地|园区|站|厅|网|码|卡|日|节|奖|榜|场所|公寓|器|车间|工厂|港|谷|巷|溪|医院|大脑|智脑|通)$/,
  },
  // categories of firms: “小巨人”企业, “链主”企业, “专精特新”企业
  { id: 'firm-category', after: /^(企业|公司|工厂)/ },
  // works of art by their awards (in book-title marks also by their kind: 花鼓戏《情怀》)
  { id: 'work-of-art-award', after: WORK_OF_ART_AFTER },
  // holidays: “五一”“十一”黄金周
  { id: 'holiday', inner: /^(五一|十一|国庆|春节|元旦|中秋|端午|双十一|双11)$/ },
  // an example of a project: “等离子法裂解天然气装备高纯氢”等中试项目
  { id: 'project-example', after: /^等[\u4e00-\u9fff]{0,6}(项目|工程|基地|平台)/ },
];
