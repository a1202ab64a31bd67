// Story length (字数) by the Chinese rule of model/char-count.ts, over what the reporter
// wrote that prints: kicker, headline, subhead, dateline, body text and captions. Byline
// and photo credits are left out, as the store's length of today leaves the byline out.

import { countChars } from '../model/char-count';
import { blockTexts } from './block-text';
import type { AnyDocument } from './elements';

export interface CountedFields {
  kicker: string;
  headline: string;
  subhead: string;
  dateline: string;
}

export function storyChars(fields: CountedFields, document: AnyDocument): number {
  // Units are counted apart so a Latin word at the end of one paragraph and one at the
  // start of the next stay two words.
  const units = [
    fields.kicker,
    fields.headline,
    fields.subhead,
    fields.dateline,
    ...document.body.flatMap(blockTexts),
  ];
  return units.reduce((sum, unit) => sum + countChars(unit), 0);
}
