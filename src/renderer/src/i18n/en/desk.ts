import type { Messages } from '../zh-CN';
import type { deskZhCN } from '../zh-CN/desk';

/** English UI strings of the desk: the story list, its statuses, priorities, search, filters, import. */
export const deskEn: Pick<Messages, keyof typeof deskZhCN> = {
  desk: {
    heading: 'Stories',
    deskDate: 'Desk date',
    today: 'Today',
    newStory: 'New story',
    refresh: 'Refresh',
    empty: 'No stories for this day yet.',
    count: 'Stories: {{count}}',
    colPage: 'Page',
    colPriority: 'Priority',
    colSection: 'Section',
    colHeadline: 'Headline',
    colStatus: 'Status',
    colAuthor: 'Author',
    colChars: 'Length',
    colUpdated: 'Updated',
    chars: '{{count}} chars',
    sortBy: 'Sort by {{column}}',
    editing: '{{name}} is editing',
  },
  status: {
    draft: 'Draft',
    filed: 'Filed',
    edited: 'Edited',
    reviewed: 'Reviewed',
    'signed-off': 'Signed off',
    spiked: 'Spiked',
  },
  hyphenation: {
    paper: 'As the paper',
    'en-us': 'English (US)',
    'en-gb': 'English (UK)',
    off: 'None',
  },
  priority: {
    lead: 'Lead',
    normal: 'Normal',
    brief: 'Brief',
  },
  search: {
    label: 'Search stories',
    placeholder: 'Search headlines and body',
    clear: 'Clear',
    results: 'Found: {{count}}',
    none: 'No matching stories.',
  },
  filter: {
    status: 'Status',
    all: 'All',
  },
  import: {
    button: 'Import stories…',
    input: 'Story files to import',
    dropHere: 'Drop to import stories',
    dropHint: '.md, .txt or .docx stories, with their images',
    heading: 'Import results',
    working: 'Importing… ({{done}}/{{total}})',
    summary: '{{ok}} imported, {{failed}} failed',
    ok: 'Imported',
    failed: 'Failed',
    images: 'Images sent along: {{names}}',
    close: 'Close',
  },
};
