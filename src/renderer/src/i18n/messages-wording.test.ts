import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError, ERROR_CODES, REASON_EXAMPLES, type ReasonKey } from '../../../shared/contract';
import { FINDING_EXAMPLES } from '../../../shared/preflight';
import {
  IMPORT_PROBLEM_EXAMPLES,
  type ImportProblemCode,
} from '../../../shared/story/import-problem';
import { errorMessage } from '../lib/error-message';
import { findingMessage } from '../lib/finding-message';
import { en } from './en';
import { zhCN } from './zh-CN';

const LANGS = ['zh-CN', 'en'] as const;
const LATIN_WORD = /[A-Za-z]{3,}/; // an English word in a Chinese sentence

beforeAll(async () => {
  await i18next.init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: 'zh-CN',
    fallbackLng: false,
    initAsync: false,
    interpolation: { escapeValue: false },
    saveMissing: false,
  });
});

/** Fails on a key i18next had to make up or a placeholder it could not fill. */
function expectWorded(text: string, lang: string): void {
  expect(text).not.toMatch(/\{\{|errors\.|findings\.|status\./);
  expect(text.length).toBeGreaterThan(3);
  if (lang === 'zh-CN') {
    // Only names the sentence quotes (none of the examples is Latin) may be Latin.
    expect(text.replace(/PNG|JPEG|GIF|WebP|PDF|Chromium|dpi|txt/g, '')).not.toMatch(LATIN_WORD);
  }
}

describe.each(LANGS)('every message in %s', (lang) => {
  beforeAll(async () => {
    await i18next.changeLanguage(lang);
  });

  it.each(Object.keys(REASON_EXAMPLES) as ReasonKey[])('words refusal %s', (key) => {
    const error = new ApiError('refused', 'english for the log', undefined, {
      key,
      params: REASON_EXAMPLES[key],
    } as never);
    const text = errorMessage(error);
    expect(text).not.toContain('english for the log');
    expect(
      i18next.exists(`errors.reason.${key}`) || i18next.exists(`errors.reason.${key}_other`),
    ).toBe(true);
    expectWorded(text, lang);
  });

  it.each([...ERROR_CODES])('words the general %s refusal', (code) => {
    const text = errorMessage(new ApiError(code, 'english for the log'));
    expect(text).not.toContain('english');
    expectWorded(text, lang);
  });

  it.each(Object.entries(FINDING_EXAMPLES))('words finding %s', (code, examples) => {
    for (const params of examples) {
      const text = findingMessage(code, params);
      expect(text).not.toBe(findingMessage('no-such-code', { code }));
      expectWorded(text, lang);
    }
  });

  it.each(Object.keys(IMPORT_PROBLEM_EXAMPLES) as ImportProblemCode[])(
    'words import problem %s',
    (problem) => {
      const params = { file: '稿件.md', line: 4, problem, ...IMPORT_PROBLEM_EXAMPLES[problem] };
      const text = errorMessage(
        new ApiError('refused', 'x', undefined, { key: 'import-refused', params }),
      );
      expect(i18next.exists(`errors.importProblem.${problem}`)).toBe(true);
      expect(text).not.toMatch(/\{\{|errors\./);
      // File formats and names in quotes may be Latin; nothing else in Chinese.
      const rest = text.replace(/“[^”]*”|UTF-8|Word|PNG|JPEG|GIF|WebP|MB|\.(md|txt|docx)/g, '');
      if (lang === 'zh-CN') expect(rest).not.toMatch(LATIN_WORD);
    },
  );

  it('words a refused file with its line, the key as the newsroom calls it', () => {
    const params = { file: 'bad.md', line: 3, problem: 'duplicate-key', key: 'headline', first: 2 };
    const text = errorMessage(
      new ApiError('refused', 'x', undefined, { key: 'import-refused', params }),
    );
    expect(text).toBe(
      lang === 'en'
        ? '“bad.md” (line 3) could not be imported: “headline” is given twice (first on line 2).'
        : '无法导入“bad.md”（第3行）：“主题”写了两次（第一次在第2行）。',
    );
  });

  it('never names a permission', () => {
    const text = errorMessage(
      new ApiError('forbidden', 'x', undefined, {
        key: 'forbidden',
        params: { action: 'page.edit' },
      }),
    );
    expect(text).not.toContain('page.edit');
    expect(text).toBe(lang === 'en' ? 'You may not edit pages.' : '你没有权限编辑版面。');
  });
});

describe('plural-aware English', () => {
  beforeAll(async () => {
    await i18next.changeLanguage('en');
  });
  it('says 1 line and 23 lines', () => {
    expect(findingMessage('overset', { lines: 1, chars: 12 })).toBe(
      'Overset by 1 line (about 12 characters).',
    );
    expect(findingMessage('overset', { lines: 23, chars: 256 })).toBe(
      'Overset by 23 lines (about 256 characters).',
    );
    expect(i18next.t('preflight.errors', { count: 1 })).toBe('1 error');
    expect(i18next.t('preflight.errors', { count: 2 })).toBe('2 errors');
  });
  it('words the board overset in Chinese as 超 N 行（约 M 字）', async () => {
    await i18next.changeLanguage('zh-CN');
    expect(findingMessage('overset', { lines: 23, chars: 256 })).toBe('超 23 行（约 256 字）。');
    expect(findingMessage('unsigned', { status: 'filed' })).toBe('稿件尚未签发（现为“已交稿”）。');
  });
});
