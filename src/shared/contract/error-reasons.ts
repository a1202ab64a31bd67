// Why a call was refused, as a code with parameters: the renderer words it in the UI's
// language (zh-CN, en). The English `message` beside it is for the CLI and the logs only.

import type { Permission } from '../model/roles';
import type { ImportWhy } from '../story/import-problem';

/** Every refusal reason and the parameters its wording needs. */
export interface ReasonParams {
  'no-profile': Record<string, never>;
  /** The role lacks a permission; `action` is worded as what the user tried, never its name. */
  forbidden: { action: Permission | 'export' };
  'move-forbidden': { from: string; to: string };
  'bad-move': { from: string; to: string };
  'story-missing': { id: number };
  'story-changed': { id: number; now: number; yours: number };
  'story-spiked': { id: number };
  'story-signed-off': { id: number };
  'story-not-yours': Record<string, never>;
  'story-filed': { id: number };
  'story-locked': { name: string; since: string };
  'lock-broken': { name: string; at: string };
  'no-version': { id: number; version: number };
  'profile-exists': { name: string };
  'profile-missing': { id: number };
  'last-admin': { name: string };
  'image-missing': Record<string, never>;
  'not-an-image': { name: string };
  'no-issue': { date: string };
  'issue-exists': { date: string; number: number };
  'no-page': { page: number; date: string; count: number };
  'pages-hold-stories': { pages: string; count: number };
  'pages-hold-jump': { id: number; page: number };
  'jump-not-later': { page: number; jumpTo: number };
  'not-placed': { id: number; date: string };
  'no-part': { id: number; part: number };
  'module-outside': { page: number; columns: number; lines: number };
  'module-overlaps': { headline: string; page: number };
  'template-missing': { name: string };
  'template-exists': { name: string };
  'template-built-in': { name: string };
  'bad-setting': { field: string };
  /**
   * `line` is '' when the file as a whole is refused; `problem` (an ImportProblemCode) and its
   * parameters say why, when the reader knows.
   */
  'import-refused': { file: string; line: number | string } & Record<string, string | number>;
  /** A value outside its schema's limits (zod): the renderer leads with the field's label. */
  'value-too-big': { max: number };
  'value-too-small': { min: number };
  'value-too-long': { max: number };
  'value-missing': Record<string, never>;
  'proof-ticked': { page: number; round: number };
  'proof-out-of-order': { page: number; round: number; next: number };
  'proof-missing': { page: number; round: number };
  'page-approved': { page: number };
  'page-not-approved': { page: number };
  'no-chromium': Record<string, never>;
  /** The LAN: what only the desktop app can do, and a colleague's host that did not check out. */
  'desktop-only': Record<string, never>;
  'bad-address': { address: string };
  'bad-fingerprint': Record<string, never>;
  'fingerprint-mismatch': { origin: string; expected: string; actual: string };
  'host-unreachable': { origin: string };
  /** A backup failed its check before a restore: another program's file, damaged or newer. */
  'backup-refused': { name: string };
  /** A backup or restore could not be written (disk full, read-only or missing folder). */
  'backup-failed': { name: string };
  /** The renderer's own: the host did not answer. */
  network: Record<string, never>;
}

export type ReasonKey = keyof ReasonParams;

/** A reason with its parameters, as an ApiError carries it. */
export type Reason = { [K in ReasonKey]: { key: K; params: ReasonParams[K] } }[ReasonKey];

export function because<K extends ReasonKey>(key: K, params: ReasonParams[K]): Reason {
  return { key, params } as Reason;
}

/** A story file refused: the file, its line when one applies, and why as a problem code. */
export function importRefused(file: string, line: number | undefined, why?: ImportWhy): Reason {
  const problem = why ? { ...why.params, problem: why.problem } : {};
  return because('import-refused', { ...problem, file, line: line ?? '' });
}

/** One example of every reason, so a test can word each in every UI language. */
export const REASON_EXAMPLES: { [K in ReasonKey]: ReasonParams[K] } = {
  'no-profile': {},
  forbidden: { action: 'page.edit' },
  'move-forbidden': { from: 'filed', to: 'signed-off' },
  'bad-move': { from: 'draft', to: 'signed-off' },
  'story-missing': { id: 12 },
  'story-changed': { id: 12, now: 5, yours: 4 },
  'story-spiked': { id: 12 },
  'story-signed-off': { id: 12 },
  'story-not-yours': {},
  'story-filed': { id: 12 },
  'story-locked': { name: '李晓芸', since: '09:41' },
  'lock-broken': { name: '王主编', at: '10:02' },
  'no-version': { id: 12, version: 9 },
  'profile-exists': { name: '李晓芸' },
  'profile-missing': { id: 3 },
  'last-admin': { name: '管理员' },
  'image-missing': {},
  'not-an-image': { name: '照片.txt' },
  'no-issue': { date: '2026-12-04' },
  'issue-exists': { date: '2026-12-04', number: 1234 },
  'no-page': { page: 9, date: '2026-12-04', count: 4 },
  'pages-hold-stories': { pages: '3, 4', count: 2 },
  'pages-hold-jump': { id: 12, page: 4 },
  'jump-not-later': { page: 3, jumpTo: 2 },
  'not-placed': { id: 12, date: '2026-12-04' },
  'no-part': { id: 12, part: 2 },
  'module-outside': { page: 1, columns: 8, lines: 120 },
  'module-overlaps': { headline: '市政府召开常务会议', page: 1 },
  'template-missing': { name: '周一要闻版' },
  'template-exists': { name: '周一要闻版' },
  'template-built-in': { name: '对开·头条通栏' },
  'bad-setting': { field: 'page.margins' },
  'import-refused': {
    file: '稿件.md',
    line: 3,
    problem: 'duplicate-key',
    key: 'headline',
    first: 2,
  },
  'value-too-big': { max: 12 },
  'value-too-small': { min: 1 },
  'value-too-long': { max: 200 },
  'value-missing': {},
  'proof-ticked': { page: 2, round: 1 },
  'proof-out-of-order': { page: 2, round: 3, next: 2 },
  'proof-missing': { page: 2, round: 3 },
  'page-approved': { page: 2 },
  'page-not-approved': { page: 2 },
  'no-chromium': {},
  'desktop-only': {},
  'bad-address': { address: '192.168.1.20:8443/登录' },
  'bad-fingerprint': {},
  'fingerprint-mismatch': {
    origin: '192.168.1.20:8443',
    expected: 'AB:CD:…:01',
    actual: '12:34:…:EF',
  },
  'host-unreachable': { origin: '192.168.1.20:8443' },
  'backup-refused': { name: '备份-1204.db' },
  'backup-failed': { name: '备份-1204.db' },
  network: {},
};
