/**
 * What may follow a facility word inside a project name, and what shows a facility word is not the
 * end of one. See README.md.
 */

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** Phases: 一期, 二期工程, 一期二步, 首期. */
export const PHASE_PATTERN =
  /^(?:(?:[一二三四五六七八九十]{1,2}|首|后续)期(?:[一二三四五六七八九十]步)?)(?:工程|项目)?/u;

/** Works on an existing facility that reports name as the project (X水库扩建, X高速公路扩容, X灌区续建配套与现代化改造). */
export const WORKS_SUFFIXES: readonly string[] = words(`
  续建配套与现代化改造 续建配套与节水改造 改造提升 提升改造 提质改造 拓宽改造 升级改造 改扩建 扩能改造 改建 扩建 扩容 扩能 搬迁 迁建 开发 主体工程
`);

/** After the name and its suffixes, these attach as part of the name (…扩建项目, …一期工程). */
export const TRAILING_HEADS: readonly string[] = ['项目', '工程'];

/** Section marker: 成兰铁路绵阳段, 九绵高速江油至平武段, 绵遂内铁路(绵遂段). */
export const SECTION_CHAR = '段';
/** A section is at most this many characters before 段. */
export const SECTION_MAX = 8;
/** A numbered or sided section written without a place: 北二段, 三段. */
export const NUMBERED_SECTION = /^[东南西北中上下]?[一二三四五六七八九十0-9]{1,2}段/u;

/** Words ending in 段 that are not sections. */
export const NOT_SECTIONS: ReadonlySet<string> = new Set([
  '阶段',
  '手段',
  '地段',
  '路段',
  '时段',
  '分段',
  '片段',
  '工段',
]);

/** Endpoint connectors inside a line's name (自贡至永川高速公路, 江津经泸州至宜宾高速公路). */
export const CONNECTORS: ReadonlySet<string> = new Set(['至', '经', '—', '-', '－', '–', '~', '～']);

/**
 * Words that contain a facility word but are not facilities (中心城区, 副中心, 思路), so the facility
 * word inside them is skipped.
 */
export const NOT_FACILITIES: readonly string[] = words(`
  中心城区 中心城市 中心镇 中心村 中心校 副中心 次中心 中心工作 中心任务 为中心 思路 出路 销路 门路 路子 路径 路线 线路 一线 底线 红线 防线 生命线 主线 线上 线下 热线
  上线 沿线 街道 港澳 香港 港澳台 公园城市 工程师 工程院 工程化 项目库 项目制 项目化 基地化 园区化 高速发展 高速增长 高速度 高速率 桥梁 桥头堡 干线物流 通道经济 城际交流
  中心化 宅基地 新通道 空港 互联互通 公园绿地 线索 电路 中小学 镇街 产线 粤港澳 粤港 临港 轴线 岸线 游线 之路 道路运输 公路运输 集成电路
  主义道路 发展道路 复兴道路 道路上
`);

/** Nouns after a facility word that show it modifies them (机场群, 园区企业, 中心作用): no project ends there. */
export const MODIFIED_FOLLOWERS: readonly string[] = words(`
  为目标 目标 样板县 示范县 核心 承载区 群 作用 职能 功能 体系 集群 企业 公司 人员 用地 建设用地 资金 收入 管委会 办公室 城市 城区 序列 绿地 经济 产业 联盟 平台 网络
  布局 数量 面积 规模 建设者
`);

/** Verbs that make what follows a title to win (争创国家级现代农业产业园), not a facility to build. */
export const TITLE_VERBS: ReadonlySet<string> = new Set([
  '争创',
  '创建',
  '创成',
  '评定',
  '晋升',
  '认定',
  '命名',
  '申创',
  '获评',
  '入选',
  '创',
]);
