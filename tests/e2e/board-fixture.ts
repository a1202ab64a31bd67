// Stories for the board e2e: six signed-off stories of one desk date, created through the
// desk handlers as the app would (reporter files, editor edits, chief reviews and signs off).

import type { RunningHost } from '../../src/main/host/http-host';
import type { Story } from '../../src/shared/model/story';

export const DATE = '2026-11-28';

/** The story that jumps: long enough to overrun its module on page 1. */
export const LONG = {
  headline: '全市老旧小区改造全面启动',
  first: '本报讯　今年全市计划改造老旧小区一百二十个，惠及居民四万余户。',
  last: '改造工程预计明年年底前全部完工，届时全市老旧小区面貌将焕然一新。',
};

export const SHORT = [
  { headline: '市民广场今日开放', text: '市民广场今天上午正式向公众开放，首日接待游客逾万人次。' },
  { headline: '冬季供暖准备就绪', text: '全市供暖管网检修已经完成，各热源厂已进入冷态试运行。' },
  { headline: '第十届读书节开幕', text: '第十届全民读书节在市图书馆开幕，活动将持续一个月。' },
  {
    headline: '新建学校秋季招生',
    text: '城东新区两所新建小学今年秋季开始招生，可提供学位两千个。',
  },
  { headline: '地铁二号线试运行', text: '地铁二号线全线开始空载试运行，预计明年春节前开通。' },
];

const FILLER = [
  '社区居民代表参与了方案讨论，提出了加装电梯、增设停车位等意见。',
  '施工单位将分批进场，尽量减少对居民日常生活的影响。',
  '市住建局有关负责人表示，改造资金由市区两级财政共同承担。',
  '部分小区还将同步实施雨污分流和燃气管道更新工程。',
];

function paragraphs(texts: string[]) {
  return {
    version: 1 as const,
    body: texts.map((text) => ({ type: 'paragraph' as const, children: [{ text }] })),
  };
}

function longBody(): string[] {
  const middle: string[] = [];
  for (let i = 0; i < 60; i++) middle.push(`第${i + 1}项：${FILLER[i % FILLER.length]}`);
  return [LONG.first, ...middle, LONG.last];
}

async function call(host: RunningHost, name: string, args: unknown, actorId: number) {
  const reply = await host.desk.call(name as never, args as never, { actorId });
  if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
  return reply.result;
}

/** Creates the six stories and takes each to 已签发; returns them with the long one first. */
export async function createSignedOffStories(
  host: RunningHost,
  ids: { reporter: number; editor: number; chief: number },
): Promise<Story[]> {
  const specs = [
    { headline: LONG.headline, body: longBody() },
    ...SHORT.map((s) => ({ headline: s.headline, body: [s.text, s.text, s.text] })),
  ];
  const stories: Story[] = [];
  for (const spec of specs) {
    const story = (await call(
      host,
      'story.create',
      { fields: { headline: spec.headline }, document: paragraphs(spec.body), deskDate: DATE },
      ids.reporter,
    )) as Story;
    await call(host, 'story.transition', { id: story.id, to: 'filed' }, ids.reporter);
    await call(host, 'story.transition', { id: story.id, to: 'edited' }, ids.editor);
    await call(host, 'story.transition', { id: story.id, to: 'reviewed' }, ids.chief);
    stories.push(
      (await call(
        host,
        'story.transition',
        { id: story.id, to: 'signed-off' },
        ids.chief,
      )) as Story,
    );
  }
  return stories;
}
