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
}

export const QUOTE_FILTERS: readonly QuoteFilter[] = [
  // formulas and codes: “3+1”, “23610”, “1+N”
  { id: 'no-chinese', inner: /^[^\u4e00-\u9fff]*$/ },
  // tendencies reports want to stop: 耕地“非农化”, “非粮化”
  { id: 'tendency', inner: /^[\u4e00-\u9fff]{1,2}化$/ },
  // targets and states: “零突破”, “全覆盖”, “清零”, “回头看”
  { id: 'target', inner: /^(零[\u4e00-\u9fff]{1,3}|全覆盖|清零|回头看|满格|双提升|双丰收|开门红|加速跑|新高地)$/ },
  // descriptors: “一站式”服务, “保姆式”, “点单式”
  { id: 'descriptor', inner: /式$/ },
  // phrases with 的 are descriptions: “舌尖上的安全”
  { id: 'phrase', inner: /的/ },
  // counted things: “两个责任”, “三个一批”
  { id: 'counted', inner: /^[一二两三四五六七八九十双]个/ },
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
  { id: 'facility', inner: /(企业|公司|馆|中心|平台|基地|园区|站|厅|网|码|卡|日|节|奖|榜|场所|公寓)$/ },
  // an example of a project: “等离子法裂解天然气装备高纯氢”等中试项目
  { id: 'project-example', after: /^等[\u4e00-\u9fff]{0,6}(项目|工程|基地|平台)/ },
];
