/**
 * A deterministic archive of Chinese news text for the search benchmark: a seeded PRNG and a
 * vocabulary of common news words drawn with a Zipf-like skew, as real copy repeats itself.
 */

/** mulberry32: small, fast, good enough for test data, and the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = `
我们 今年 记者 本报 全市 全省 我国 群众 工作 发展 经济 社会 建设 企业 项目 市场 政府 部门
会议 活动 服务 管理 工程 农村 城市 乡村 教育 学校 学生 医院 医疗 健康 文化 旅游 交通 道路
公路 铁路 安全 生产 环境 生态 保护 资金 投资 增长 提高 加强 推进 实施 开展 完成 实现 落实
推动 促进 组织 召开 举行 表示 介绍 指出 要求 强调 坚持 进一步 持续 积极 有效 全面 重点 重要
主要 基本 今天 昨天 上午 下午 目前 近日 日前 以来 期间 其中 同时 通过 按照 根据 为了 已经
正在 将会 以及 并且 但是 因为 所以 如果 这个 一个 一些 多个 各级 有关 相关 当地 县城 街道
社区 居民 村民 农民 干部 党员 代表 专家 领导 负责人 工作人员 志愿者 消费者 游客 市民 家庭
人口 收入 就业 岗位 产业 农业 工业 科技 创新 数字 平台 网络 信息 数据 能源 电力 煤炭 水利
气象 天气 降雨 气温 防汛 抗旱 粮食 蔬菜 价格 物价 消费 销售 商品 超市 餐饮 住房 小区 物业
改造 提升 完善 规划 设计 施工 验收 运营 开放 启动 签约 合作 交流 培训 考试 比赛 演出 展览
图书馆 博物馆 体育馆 文化节 新时代 高质量 现代化 一体化 示范区 开发区 产业园 合作社 共同体
经济发展 社会稳定 人民群众 乡村振兴 生态环境 公共服务 基础设施 营商环境 民生实事 安全生产
疫情防控 脱贫攻坚 城乡融合 改革开放 科技创新 产业升级 绿色发展 文明城市 平安建设 依法治理
全面推进 持续改善 稳步提升 扎实推进 高度重视 统筹协调 精准施策 有序推进 大力支持 不断完善
`
  .trim()
  .split(/\s+/);

/** Zipf weights over the list as written: the first words are the commonest. */
const CUMULATIVE = (() => {
  let total = 0;
  const sums = WORDS.map((_, rank) => {
    total += 1 / (rank + 1) ** 0.8;
    return total;
  });
  return sums.map((s) => s / total);
})();

export const VOCABULARY: readonly string[] = WORDS;

function word(random: () => number): string {
  const r = random();
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((CUMULATIVE[mid] ?? 1) < r) lo = mid + 1;
    else hi = mid;
  }
  return WORDS[lo] ?? '';
}

function clause(random: () => number, words: number): string {
  let text = '';
  for (let i = 0; i < words; i++) text += word(random);
  return text;
}

function sentence(random: () => number): string {
  const clauses = 1 + Math.floor(random() * 3);
  const parts: string[] = [];
  for (let i = 0; i < clauses; i++) parts.push(clause(random, 3 + Math.floor(random() * 5)));
  return `${parts.join(random() < 0.8 ? '，' : '、')}。`;
}

export interface GeneratedStory {
  kicker: string;
  headline: string;
  subhead: string;
  paragraphs: string[];
  chars: number;
}

/** One story: a headline stack and 800-1500 characters of body in paragraphs. */
export function story(random: () => number): GeneratedStory {
  const target = 800 + Math.floor(random() * 701);
  const paragraphs: string[] = [];
  let chars = 0;
  while (chars < target) {
    let paragraph = '';
    const sentences = 2 + Math.floor(random() * 4);
    for (let i = 0; i < sentences && chars + paragraph.length < target; i++) {
      paragraph += sentence(random);
    }
    paragraphs.push(paragraph);
    chars += paragraph.length;
  }
  return {
    kicker: random() < 0.3 ? clause(random, 3) : '',
    headline: clause(random, 3 + Math.floor(random() * 3)),
    subhead: random() < 0.3 ? clause(random, 4) : '',
    paragraphs,
    chars,
  };
}
