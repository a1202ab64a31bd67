import { pageNameZh } from '../../../shared/calendar';
import type { PageTemplate } from '../../../shared/contract/domains/template';
import {
  isPageSizePreset,
  PAGE_SIZE_PRESET_NAMES,
  PAGE_SIZE_PRESETS,
  type PaperSizeName,
} from '../../../shared/model/issue';
import { UsageError } from '../cli-error';
import { defineCommand } from '../command';
import { countWord, dateWord, withIssueHint } from './issue';
import { layoutLines } from './layout';

const USAGE =
  `template list [--paper ${PAGE_SIZE_PRESET_NAMES.join('|')}] | ` +
  'template save DATE PAGE NAME [--replace] | ' +
  'template apply DATE PAGE NAME [--unpinned] | template rename NAME NEW | template delete NAME';

const paperName = (paper: PaperSizeName) =>
  paper === 'custom' ? 'custom' : PAGE_SIZE_PRESETS[paper].zh;

/** NAME, size, front or inside page, slots, built-in or the paper's own. */
export function templateLine(t: PageTemplate): string {
  const kinds = t.slots.map((s) => (s.photo ? `${s.kind}+photo` : s.kind)).join(',');
  return [
    t.name,
    paperName(t.paper),
    t.front ? 'front' : 'inside',
    `${t.columns} columns`,
    `${t.slots.length} slots (${kinds})`,
    t.builtIn ? 'built-in' : 'own',
  ].join('\t');
}

export const templateCommand = defineCommand({
  usage:
    'template list [--paper P] / template save DATE PAGE NAME [--replace] / ' +
    'template apply DATE PAGE NAME [--unpinned] / template rename NAME NEW / template delete NAME',
  summary:
    "page templates (版式模板): the built-in front pages and the paper's own; save a page's " +
    'arrangement, apply one to a page (slots pinned unless --unpinned)',
  options: {
    paper: { type: 'string' },
    replace: { type: 'boolean' },
    unpinned: { type: 'boolean' },
  },
  verbs: { list: ['paper'], save: ['replace'], apply: ['unpinned'], rename: [], delete: [] },
  async run(ctx, words, flags) {
    const [verb, ...rest] = words;
    const usage = () => new UsageError(`usage: newsdesk ${USAGE}`);
    if (verb === 'list') {
      if (rest.length > 0) throw usage();
      const paper = flags.paper;
      if (paper !== undefined && !isPageSizePreset(paper)) {
        const named = PAGE_SIZE_PRESET_NAMES.join(' or ');
        throw new UsageError(`--paper must be ${named} (got ${String(paper)})`);
      }
      const all = await ctx.call('template.list', paper === undefined ? {} : { paper });
      ctx.print(all, () => all.map(templateLine));
      return;
    }
    if (verb === 'save' || verb === 'apply') {
      const [dateText, pageText, name, ...extra] = rest;
      if (name === undefined || extra.length > 0) throw usage();
      const date = dateWord(dateText, USAGE);
      const page = countWord(pageText, 'PAGE');
      if (verb === 'save') {
        const saved = await withIssueHint(
          date,
          ctx.call('template.save', {
            date,
            page,
            name,
            ...(flags.replace === true ? { replace: true } : {}),
          }),
        );
        ctx.print(saved, () => [templateLine(saved)]);
        return;
      }
      const laid = await withIssueHint(
        date,
        ctx.call('template.apply', {
          date,
          page,
          name,
          ...(flags.unpinned === true ? { pin: false } : {}),
        }),
      );
      const issue = await ctx.call('issue.get', { date });
      const headlines = new Map(issue.placements.map((p) => [p.storyId, p.headline]));
      const shown = { ...laid, pages: laid.pages.filter((p) => p.number === page) };
      ctx.print(laid, () => [
        `${name} → ${date} ${pageNameZh(page)}`,
        ...layoutLines(shown, headlines),
      ]);
      return;
    }
    if (verb === 'rename' && rest.length === 2) {
      const [name, newName] = rest as [string, string];
      const renamed = await ctx.call('template.rename', { name, newName });
      ctx.print(renamed, () => [templateLine(renamed)]);
      return;
    }
    if (verb === 'delete' && rest.length === 1) {
      const name = rest[0] as string;
      const done = await ctx.call('template.delete', { name });
      ctx.print(done, () => [`deleted\t${name}`]);
      return;
    }
    throw usage();
  },
});
