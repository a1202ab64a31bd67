import type { Invoke } from '../../../shared/contract';
import { errorMessage } from '../lib/error-message';
import { fileBase64 } from '../lib/file-base64';
import { type ImportPlan, planImport } from './import-plan';

/** One file's result: the story it became, or the desk's (or the plan's) refusal. */
export type ImportOutcome =
  | { fileName: string; ok: true; storyId: number; headline: string }
  | { fileName: string; ok: false; message: string };

/**
 * Files each story of the batch with story.import, one after the other; a refused file does
 * not stop the others. `onOutcome` reports each result as it comes.
 */
export async function runImport(
  invoke: Invoke,
  files: readonly File[],
  deskDate: string,
  onOutcome: (outcome: ImportOutcome) => void,
): Promise<void> {
  const plan = planImport(files);
  const images = await imagesOf(plan);
  // Results in the order the files came; images give none unless refused.
  for (const file of files) {
    const refused = plan.refused.find((r) => r.file === file);
    if (refused) onOutcome({ fileName: refused.fileName, ok: false, message: refused.message });
    const format = plan.stories.find((s) => s.file === file)?.format;
    if (!format) continue;
    try {
      const dataBase64 = await fileBase64(file);
      const args = { fileName: file.name, dataBase64, deskDate };
      const story = await invoke(
        'story.import',
        format === 'md' && images ? { ...args, images } : args,
      );
      onOutcome({ fileName: file.name, ok: true, storyId: story.id, headline: story.headline });
    } catch (error) {
      onOutcome({ fileName: file.name, ok: false, message: errorMessage(error) });
    }
  }
}

/** How many results a batch gives (refusals included), for the progress line. */
export function outcomeCount(files: readonly File[]): number {
  const plan = planImport(files);
  return plan.stories.length + plan.refused.length;
}

async function imagesOf(plan: ImportPlan<File>): Promise<Record<string, string> | undefined> {
  if (plan.images.length === 0) return undefined;
  const images: Record<string, string> = {};
  for (const image of plan.images) images[image.name] = await fileBase64(image);
  return images;
}
