// A day's issue built through the desk's handlers, as an editor would: stories with a full
// headline stack, dateline, crossheads and a photo, signed off, placed on four pages. Used
// by the layout contract tests, the CLI tests, the e2e export test and the benchmark.

import type { HandlerName, Result } from '../../../shared/contract';
import type { Priority } from '../../../shared/model/story';
import type { StoryDocument } from '../../../shared/story/elements';
import { tinyPng } from '../../import/test-support/images';

export type Call = <K extends HandlerName>(name: K, args: unknown) => Promise<Result<K>>;

const SENTENCES = [
  '全市老旧小区改造工程今年共完成投资十二亿元，惠及居民三万余户。',
  '记者在现场看到，施工人员正在对楼道、管网和外墙进行统一改造。',
  '据介绍，改造坚持“先民生后提升”的原则，优先解决供水、供暖等问题。',
  '不少居民表示，小区环境变好了，出门散步的人也多了起来。',
  '下一步，有关部门将建立长效管理机制，让改造成果惠及更多群众。',
  '今年一至十月，全市规模以上工业增加值同比增长百分之六点八。',
];

/** About `chars` characters of paragraphs, ~160 characters each, deterministic. */
export function paragraphs(chars: number, seed = 0): string[] {
  const out: string[] = [];
  let total = 0;
  for (let p = 0; total < chars; p++) {
    let text = '';
    for (let k = 0; text.length < 160; k++) {
      text += SENTENCES[(seed + p * 3 + k) % SENTENCES.length];
    }
    out.push(text);
    total += text.length;
  }
  return out;
}

export interface FixtureStory {
  headline: string;
  kicker?: string;
  subhead?: string;
  byline?: string;
  dateline?: string;
  priority: Priority;
  page: number;
  jumpTo?: number;
  chars: number;
  /** Insert a crosshead before this paragraph index. */
  crosshead?: number;
  photo?: { width: number; height: number; caption: string; credit: string };
  signOff?: boolean;
}

export function storyDocument(s: FixtureStory, seed: number, photo?: PhotoAsset): StoryDocument {
  const body: StoryDocument['body'] = [];
  paragraphs(s.chars, seed).forEach((text, i) => {
    if (s.crosshead === i) body.push({ type: 'crosshead', children: [{ text: '资金从哪里来' }] });
    body.push({ type: 'paragraph', children: [{ text }] });
    if (i === 0 && photo && s.photo) {
      body.push({
        type: 'photo',
        asset: photo.hash,
        width: photo.width,
        height: photo.height,
        caption: s.photo.caption,
        credit: s.photo.credit,
        children: [{ text: '' }],
      });
    }
  });
  return { version: 1, body };
}

interface PhotoAsset {
  hash: string;
  width: number;
  height: number;
}

/** The default issue: a lead with a photo, a jump from page 3 to 4, a story per page. */
export const DEFAULT_STORIES: FixtureStory[] = [
  {
    kicker: '民生实事',
    headline: '全市老旧小区改造全面启动',
    subhead: '今年惠及三万余户居民',
    byline: '记者 张三',
    dateline: '本报讯（记者 张三）',
    priority: 'lead',
    page: 1,
    chars: 900,
    crosshead: 2,
    photo: { width: 1600, height: 1000, caption: '图为改造后的小区。', credit: '记者 李四 摄' },
  },
  { headline: '工业增加值稳步增长', dateline: '本报讯', priority: 'normal', page: 1, chars: 500 },
  {
    headline: '聚焦民生：资金从哪里来',
    byline: '本报评论员',
    priority: 'lead',
    page: 2,
    chars: 700,
    crosshead: 1,
  },
  {
    headline: '城市书房开到家门口',
    dateline: '本报讯',
    priority: 'normal',
    page: 3,
    chars: 600,
    jumpTo: 4,
  },
  { headline: '冬日里的城市公园', priority: 'lead', page: 4, chars: 600 },
];

export interface BuiltIssue {
  date: string;
  storyIds: number[];
}

/** A story's photo file in place of the generated grey PNG (the benchmark's JPEGs). */
export interface FixturePhoto {
  width: number;
  height: number;
  file?: { mime: 'image/jpeg' | 'image/png'; bytes: Buffer };
}

/**
 * Creates, signs off (unless signOff is false) and places the stories, then proofreads and
 * approves every page (大样签发) unless `approvePages` is false; `as` is a chief.
 */
export async function buildIssue(
  call: Call,
  date: string,
  stories: FixtureStory[] = DEFAULT_STORIES,
  /** By story index; a story with a photo and no entry here gets a generated grey PNG. */
  images: (FixturePhoto | undefined)[] = [],
  approvePages = true,
): Promise<BuiltIssue> {
  await call('issue.create', { date });
  const storyIds: number[] = [];
  for (const [i, s] of stories.entries()) {
    let photo: PhotoAsset | undefined;
    if (s.photo) {
      const size = images[i] ?? s.photo;
      const file = images[i]?.file ?? {
        mime: 'image/png' as const,
        bytes: tinyPng(size.width, size.height, 0x60 + ((i * 37) % 0x80)),
      };
      const put = await call('asset.put', {
        name: `photo-${i}.${file.mime === 'image/jpeg' ? 'jpg' : 'png'}`,
        mime: file.mime,
        dataBase64: file.bytes.toString('base64'),
      });
      photo = { hash: put.hash, width: put.width, height: put.height };
    }
    const fields = {
      headline: s.headline,
      kicker: s.kicker ?? '',
      subhead: s.subhead ?? '',
      byline: s.byline ?? '',
      dateline: s.dateline ?? '',
      priority: s.priority,
    };
    const created = await call('story.create', {
      fields,
      document: storyDocument(s, i, photo),
    });
    if (s.signOff !== false) {
      for (const to of ['filed', 'edited', 'reviewed', 'signed-off']) {
        await call('story.transition', { id: created.id, to });
      }
    }
    await call('placement.assign', {
      storyId: created.id,
      date,
      page: s.page,
      priority: s.priority,
      ...(s.jumpTo ? { jumpTo: s.jumpTo } : {}),
    });
    storyIds.push(created.id);
  }
  if (approvePages) await approveEveryPage(call, date);
  return { date, storyIds };
}

/** 一校, 二校, 三校 and the approval of every page of the issue (as a chief). */
export async function approveEveryPage(call: Call, date: string): Promise<void> {
  const { pages } = await call('page.signoff', { date });
  for (const { page } of pages) {
    for (const round of [1, 2, 3]) await call('page.proof', { date, page, round });
    await call('page.approve', { date, page });
  }
}
