import { importArgsFromDisk } from '../../import/disk-files';
import { ImportError } from '../../import/import-error';
import { Refusal, UsageError } from '../cli-error';
import { defineCommand } from '../command';

interface Imported {
  file: string;
  id: number;
  headline: string;
}

export const importCommand = defineCommand({
  usage: 'import FILE… [--draft]',
  summary:
    'files (交稿) stories from .md, .txt or .docx, or keeps them drafts with --draft; prints ID<TAB>HEADLINE per story',
  options: { draft: { type: 'boolean' } },
  async run(ctx, words, flags) {
    if (words.length === 0) throw new UsageError(`usage: newsdesk ${importCommand.usage}`);
    const imported: Imported[] = [];
    const errors: string[] = [];
    // Each file is its own story and transaction: a bad file does not stop the batch.
    for (const file of words) {
      try {
        const args = await importArgsFromDisk(file, file);
        const story = await ctx.call('story.import', flags.draft ? { ...args, draft: true } : args);
        for (const notice of story.notices) ctx.output.err(`newsdesk: ${file}: ${notice}`);
        imported.push({ file, id: story.id, headline: story.headline });
        if (!ctx.options.json) ctx.output.out(`${story.id}\t${story.headline}`);
      } catch (error) {
        if (!(error instanceof ImportError || error instanceof Refusal)) throw error;
        errors.push(error.message);
      }
    }
    if (ctx.options.json) ctx.output.out(JSON.stringify(imported, null, 2));
    // One line per bad file; the last one goes out as the refusal that makes the exit 1.
    const last = errors.pop();
    for (const message of errors) ctx.output.err(`newsdesk: ${message}`);
    if (last !== undefined) throw new Refusal(last);
  },
});
