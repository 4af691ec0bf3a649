import { beforeAll, describe, expect, it } from 'vitest';
import { projects } from './index.js';
import { tokenizeForTest } from '../test-helpers.js';

const found = (text: string) => projects.recognize(tokenizeForTest(text), {});
const names = (text: string) => found(text).map((c) => c.name);

// Loading the gazetteer into jieba takes a few seconds, once.
beforeAll(() => void tokenizeForTest('。'), 120_000);

// Sentences composed in the style of other provinces' and cities' reports (not taken from the seeds).
describe('projects: names and their edges', () => {
  it.each([
    ['加快建设郑州至洛阳高速公路，力争年内建成。', ['郑州至洛阳高速公路']],
    ['开工建设长沙经株洲至衡阳城际铁路。', ['长沙经株洲至衡阳城际铁路']],
    ['建成通车合肥至安庆高铁安庆段。', ['合肥至安庆高铁安庆段']],
    ['加快推进常益长高铁(常益段)建设。', ['常益长高铁常益段']],
    ['推进宁芜铁路扩能改造。', ['宁芜铁路扩能改造']],
    ['开工建设青龙水库、白沙水库二期。', ['青龙水库', '白沙水库二期']],
    ['加快大中型灌区续建配套与现代化改造。', ['大中型灌区续建配套与现代化改造']],
    ['启动金沙江路、银杏路等市政道路建设。', ['金沙江路', '银杏路']],
    ['建成省人民医院东院区二期、市中心医院新院区。', ['省人民医院东院区二期', '市中心医院新院区']],
    ['推动湘江新区人工智能产业研究院、岳麓山实验室落地运营。', ['湘江新区人工智能产业研究院', '岳麓山实验室']],
    ['开工建设G207线荆州段改建工程和S318宜昌段。', ['G207线荆州段改建工程', 'S318宜昌段']],
    ['加快建设先进高分子材料产业技术研究院。', ['先进高分子材料产业技术研究院']],
    ['推进国家重点工程渝昆高铁建设。', ['渝昆高铁']],
    ['加快建设地铁8号线、11号线北延伸。', ['地铁8号线', '11号线北延伸']],
    ['以市政务服务中心为试点，推进乌当区污水处理厂扩容。', ['市政务服务中心', '乌当区污水处理厂扩容']],
    ['大石门水利枢纽并网发电，推进高通影创联合创新中心建设。', ['大石门水利枢纽', '高通影创联合创新中心']],
    [
      '建成兰州至张掖铁路中川机场至武威段，开工玉门至敦煌高速公路改扩建。',
      ['兰州至张掖铁路中川机场至武威段', '玉门至敦煌高速公路改扩建'],
    ],
    ['支持新材料与先进制造交叉研究院建设。', ['新材料与先进制造交叉研究院']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

// jieba splits or glues a verb onto the name's first word (实|现金|台铁路, 建|成沙|河大桥, 确保全/l): read from the text.
describe('projects: verbs the tokens split', () => {
  it.each([
    ['今年实现金台铁路全线通车。', ['金台铁路']],
    ['建成沙河大桥，建成武汉至宜昌高速公路。', ['沙河大桥', '武汉至宜昌高速公路']],
    ['以北海工业园区、出口加工区为两翼，发展外向型经济。', ['北海工业园区']],
    ['确保全县工业园区产值突破500亿元。', []],
    ['加快保障性住房项目建设。', []],
    // 对外, 对俄 face abroad: the name keeps them
    ['加快国家对外文化贸易基地建设。', ['国家对外文化贸易基地']],
    ['做大做强对俄出口加工基地。', ['对俄出口加工基地']],
    // the verb straddles the words, its second half glued to the facility word (力推/v 动通道/x, 对/p 接道/x)
    ['着力推动通道建设，深化开放合作。', []],
    ['建设中心城区与郊区的对接道路。', []],
    // kinds of projects, not projects (外商投资项目, 开发区项目, 新上项目)
    ['全年引进外商投资项目50个，开发区项目加快建设，高科技项目不断涌现。', []],
    ['严格控制新上项目，引导竞争性项目有序退出。', []],
    // a firm settling in is no part of the park's name
    ['推动华为落户滨江大数据产业园。', ['滨江大数据产业园']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('projects: coordinated names share their head', () => {
  it.each([
    ['做好岳阳、常德抽水蓄能电站前期工作。', ['常德抽水蓄能电站', '岳阳抽水蓄能电站']],
    ['推进滨江大道北延线、南延线建设。', ['滨江大道北延线', '滨江大道南延线']],
    ['加快浏阳、醴陵风电项目建设进度。', ['醴陵风电项目', '浏阳风电项目']],
    ['开工建设长潭、金竹水库。', ['金竹水库', '长潭水库']],
    ['建成沿江大道一期、二期工程。', ['沿江大道一期', '沿江大道二期工程']],
    ['实施藉河生态综合治理项目。', ['藉河生态综合治理项目']],
    ['金鹰奥特莱斯、滨江万达广场两大商业综合体开业。', ['滨江万达广场']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('projects: generic phrases, categories, titles and programmes are not projects', () => {
  it.each([
    ['加快建设一批重点项目，推进基础设施项目建设。'],
    ['新建污水处理厂3座，建成智能工厂12个。'],
    ['支持经开区争创国家级现代农业产业园。'],
    ['支持宜昌争创国家级现代农业产业园。'],
    ['推进农村黑臭水体治理项目，实施分布式光伏项目和延链补链项目。'],
    ['深入实施“千村示范、万村整治”工程。'],
    ['新建改建农村公路800公里，实施干线公路提质工程。'],
    ['以中心城区为重点，建设城市公园。'],
    ['经济保持高速增长，发展思路更加清晰。'],
    ['盘活利用农村闲置宅基地。'],
    ['实施“强基”项目，推进“两高”项目整改。'],
    ['加快建设国际航运中心和全球金融科技中心。'],
    ['规划建设十大海岛公园，完善四横五纵快速路网。'],
    ['加快建设技术创新中心和道路工程。'],
    ['实施病险水库除险加固和末端渠系改造。'],
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('projects: what a candidate carries', () => {
  it('gives kind, rule, offsets and the line a section belongs to', () => {
    const text = '建成通车合肥至安庆高铁安庆段。';
    const [c] = found(text);
    expect(c).toMatchObject({
      type: 'Project',
      projectKind: 'railway',
      rule: 'project.section',
      partOfName: '合肥至安庆高铁',
    });
    expect(text.slice(c!.start, c!.end)).toBe(c!.surface);
  });

  it('names coordinated projects by the rule that split them', () => {
    const rules = found('做好岳阳、常德抽水蓄能电站前期工作。').map((c) => c.rule);
    expect(rules).toEqual(['project.suffix', 'project.coordinated']);
  });
});
