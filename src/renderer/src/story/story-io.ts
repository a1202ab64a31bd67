// The one place that knows how a story crosses the API: the headline stack and run-in lines
// as `fields`, the body as `document` (a StoryDocument).

import type { ArgsIn } from '../../../shared/contract';
import type { Story, StoryFields } from '../../../shared/model/story';
import type { StoryDocument } from '../../../shared/story/elements';

/** The fields the form edits: the head, and the story's own hyphenation (null: the paper's). */
export type HeadValues = StoryFields;

export const EMPTY_HEAD: HeadValues = {
  kicker: '',
  headline: '',
  subhead: '',
  byline: '',
  dateline: '',
  section: '',
  priority: 'normal',
  hyphenation: null,
};

export const EMPTY_DOCUMENT: StoryDocument = {
  version: 1,
  body: [{ type: 'paragraph', children: [{ text: '' }] }],
};

export function headOf(story: Story): HeadValues {
  const { kicker, headline, subhead, byline, dateline, section, priority, hyphenation } = story;
  return { kicker, headline, subhead, byline, dateline, section, priority, hyphenation };
}

export function documentOf(story: Story): StoryDocument {
  return story.document;
}

export function createArgs(
  head: HeadValues,
  document: StoryDocument,
  deskDate: string,
): ArgsIn<'story.create'> {
  return { fields: head, document, deskDate };
}

export function saveArgs(
  id: number,
  head: HeadValues,
  document: StoryDocument,
  baseVersion: number,
): ArgsIn<'story.save'> {
  return { id, fields: head, document, baseVersion };
}
