import type { SnippetPart } from '../../../shared/contract/wire/story';
import { UsageError } from '../cli-error';
import { defineCommand } from '../command';

export const searchCommand = defineCommand({
  usage: 'search TEXT',
  summary: 'full-text search, best first: ID, headline, snippet with hits in 【】',
  options: {},
  async run(ctx, words) {
    // Several words are one query, as typed: `newsdesk search New York`.
    const query = words.join(' ').trim();
    if (!query) throw new UsageError(`usage: newsdesk ${searchCommand.usage}`);
    const hits = await ctx.call('story.search', { query });
    ctx.print(hits, () =>
      hits.map((hit) => [hit.id, oneLine(hit.headline), oneLine(marked(hit.snippet))].join('\t')),
    );
  },
});

function marked(parts: SnippetPart[]): string {
  return parts.map((part) => (part.hit ? `【${part.text}】` : part.text)).join('');
}

/** Keeps one hit per line and three fields per hit, whatever the story holds. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
