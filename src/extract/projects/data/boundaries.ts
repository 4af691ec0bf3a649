/**
 * Words that end a project name on the left: the verbs, particles and modifiers that reports put in
 * front of a name (加快建设 | 成兰铁路, 推进一批重点 | 项目). See README.md for how the lists were made.
 */

const list = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Action and stage verbs that precede a name in plan reports. */
export const STOP_VERBS = list(`
  建设 建成 建好 新建 改建 续建 筹建 兴建 共建 创建 申建 组建 搭建 援建 重建 扩建 在建 拟建 谋建
  推进 加快 加速 推动 促进 提速 提升 开工 动工 完工 竣工 投用 投运 投产 运营 运行 通车 开通 开行 贯通
  实施 启动 争取 争创 创成 打造 完成 完善 支持 做好 抓好 办好 用好 管好 加强 强化 深化 落实 落地
  谋划 规划 布局 融入 参与 依托 围绕 发挥 建立 成立 引进 招引 培育 新增 发展 开展 开发建设 改造
  实现 确保 力争 持续 积极 大力 全力 全面 稳步 有序 扎实 高标准 高质量 高水平 协同 合作共建
  用 让 使 给 看 做 搞 带 走 来 去 要 会 能 可 应 需 须 抓紧 统筹 力促 助推 赋能 带动 引领 承接 对接
  形成 争取开工 新开工 加快推进 加快建设 开工建设 规划建设 启动建设 推进建设 全面建成 基本建成 建成投用
  为 以 在 对 向 将 把 从 于 由 经由 通过 按照 结合 推出 举办 召开 完工 新改建 改扩建 提质 提档 升级
  保障 聚焦 瞄准 着力 着眼 做大 做强 做优 壮大 优化 巩固 拓展 扩大 加大 加密 盘活 整合 申报 入选
  指 含 系 即为 称 叫 名为 推广 铺开 落户 入驻 签约 投产
  做实 做细 做深 做精 建强 育强 健全 充分发挥 论证 研究论证 推行 全面推行 借力 攻坚 基本建成 加快建成
  首个 首家 首批 首座 首条 首台 首例 第一个
  获批 批复 纳入 列入 进入 建 设 办 抓 推 促 稳 保 是 有 到 达到 超过 突破 包括 涉及 其中 如
`);

/** Function words and conjunctions that separate names. */
export const STOP_FUNCTION = list(`
  和 及 以及 或 或者 并 并且 同时 等 的 了 着 地 得 也 还 又 再 均 各 好 其 该 此 这 那 与其
  重点工程 重大工程 重点项目 重大项目 民生工程 标志性工程 省重点项目 国家重点工程
  畅通 打通 连通 贯通
  暨 最大 最长 最高 最快 最先进 最美
  强 进 就 才 已 更 最 很 不 没 被 比 跟 同 按 据 因 而 但 若 即 则 且 仍 均 亦 共 另
  各级 有关 相关 全部 所有 一个 一座 一条 一所 每个 等等
`);

/** Generic modifiers that never start a name: they are trimmed from the left edge. */
export const GENERIC_LEADING = list(`
  重点 重大 一批 新一轮 大型 中型 小型 全市 全省 全国 全县 全区 区域 省市 市县 县乡 城乡 新建 现有 已建 在建
  中心城区 主城区 城区 世界一流 国际一流 全国一流 国内一流 世界级 国际化 一大批 大批
  一流 高能级 高水平 骨干 核心 主要 特色 标志性 示范性 综合性 功能性 引领性 支撑性 配套 其他 更多
`);

/**
 * Words that say nothing specific: a modifier made only of these (and the facility word) is a generic
 * phrase (产业园区, 污水处理厂, 基础设施项目), not a name.
 */
export const GENERIC_MODIFIERS = list(`
  公立 民营 公办 民办 三甲 甲等 三级 二级 普通 黑臭 水体 民用 病险 末端 骨干 支线 干线 省会 货运 客运 港口 沿边 流域 外环 内环 中小型 大中型 小型 中型 大型 山塘 产业 工业 农业 现代 现代农业 城市 城镇 农村 乡村 社区 公共 基础 基础设施 设施 重点 重大 新型 特色 示范 标准化
  智能 智慧 数字 数字化 绿色 生态 低碳 零碳 高新技术 科技 创新 研发 技术 文化 旅游 体育 教育 医疗 卫生 养老
  物流 商贸 服务 综合 应急 安全 水利 交通 能源 电力 市政 民生 保障性 保障 配套 专业 公益 污水 处理 垃圾 供水
  生活 人才 孵化 双创 众创 数据 信息 通信 网络 新能源 储能 环保 节能 产业化 规模化 集约化 省级 市级 县级 国家级
  国家 省 市 县 区 乡镇 村 村级 镇级 国省 省部 中央 地方 企业 高校 院校 小微 中小 中小企业 大 小 新 老 旧 老旧
  智能化 信息化 标准 高标准 高端 中高端 优质 优势 先进 规模 大型 中型 小型 一流 高能级 骨干 核心 头部 龙头
  功能 平台 载体 园区 基地 中心 项目 工程 建设 发展 提升 改造 更新 升级 运营 管理 公共服务 产教融合 职业
  口袋 街头 绿道 停车 充电 加油 加气 换电 冷链 仓储 快递 邮政 电商 直播 跨境 保税 口岸 开放 合作 协同
  一体化 共享 共建 联合 区域 区域性 全国性 国际 国际化 世界级 省内 市内 县域 县城 城区 中心城区 主城区 新城 新区
  高科技 新上 竞争性 外商投资 外资 内资 招商引资 入区 异地 包保 开发区 高新区 经开区 园区内 在建 已建 续建
`);

/** Verbs and verbal nouns that do occur inside names (…创新应用中心, …应急救援基地) and do not stop the walk. */
export const NAME_VERBS = list(`
  创新 应用 研发 研究 转化 救援 应急 保护 展示 展销 交易 控制 循环 利用 孵化 照护 储备 冲击 振动 蓄能 抽水
  转运 分流 处理 治理 监测 检测 认证 培训 实训 交流 共享 服务 制造 装备 设计 试验 测试 融合 集聚 加工
  供水 引水 调水 发电 输气 输油 储气 储能 康养 养老 健身 运动 合作 示范 综合 智创 智行 防化 保税
  修复 集聚 防治 联动 快递 集成 充电 停车 休闲 就医 诊疗 救治 联运 攻关 种植 配送 结算 维修 供养 安置
  节能 通用 创意 租赁 执法 审批 登记 推力 监管 调度 指挥 生产 仓储 冷藏 排水 防洪 灌溉 航运 通航 物流
  联合 集结 集散 分拨 中转 协同创新
`);

/** Words right before 项目 / 工程 that make a category (重点项目, 投资项目, 实事项目), not a name. */
export const CATEGORY_BEFORE_HEAD = list(`
  重点 重大 投资 试点 实事 募投 招商 签约 标杆 储备 前期 续建 新建 备选 候选 民间投资 政府投资 产业化 示范 合作
  帮扶 援建 惠民 民生 攻坚 技改 改造 配套 建设 入库 预备 在建 竣工 开工 谋划 引进 落地 专项债 债券
  奖补 争资 攻关 产业链 PPP 康复 做实 竞技 优势 大项目 好项目 类 减碳 降碳 节水 山水
  标志性 资金 上下游 入孵 非遗 基金 补链 强链 延链 大基地 计划 孵化 中职 移民
`);

/** Words that count a category (一批重点项目): they end a name like a number does. */
export const CATEGORY_COUNTS = list(`一批 一大批 一系列 一些 多个 若干 各类 各项 大批 数个 多项 多家 多条 一揽子`);

/** Zone abbreviations that name a place inside project names (高新污水处理厂, 高新—綦江产业合作示范园区). */
export const ZONE_WORDS = list(`高新 经开 高新区 经开区 开发区 新区 保税区 综保区 自贸区 航空港 临空 港区`);

/** Words that open a positioning goal rather than a facility (国际航运中心, 全球金融科技中心, 国际交往中心). */
export const POSITIONING_LEADS = list(`国际 全球 世界 世界级 国际化 国际性`);

/** Words before 项目 / 工程 that make a category unless a place or proper name says which (治理项目, but 藉河治理项目). */
export const WEAK_CATEGORY_BEFORE_HEAD = list(
  `治理 综合治理 光伏 利用 整治 修复 改造 提升 发电 处置 养殖 种植 加工 制造 装备 新能源 风电`,
);
