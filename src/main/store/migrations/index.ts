import { initialSchema } from './001-initial';
import { searchSchema } from './002-search';
import { locksSchema } from './003-locks';
import { searchCharsSchema } from './004-search-chars';
import { applicationIdSchema } from './005-application-id';
import { sqlite340Schema } from './006-sqlite-3-40';
import { peopleSchema } from './007-people';
import { pageSignoffSchema } from './008-page-signoff';
import { templatesSchema } from './009-templates';
import { moduleControlsSchema } from './010-module-controls';
import { targetLengthSchema } from './011-target-length';
import { storyHyphenationSchema } from './012-story-hyphenation';
import { deskListIndexSchema } from './013-desk-list-index';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Numbered, append-only: a released migration is never edited, only followed by a new one. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initialSchema },
  { version: 2, name: 'search', sql: searchSchema },
  { version: 3, name: 'locks', sql: locksSchema },
  { version: 4, name: 'search-chars', sql: searchCharsSchema },
  { version: 5, name: 'application-id', sql: applicationIdSchema },
  { version: 6, name: 'sqlite-3.40', sql: sqlite340Schema },
  { version: 7, name: 'people', sql: peopleSchema },
  { version: 8, name: 'page-signoff', sql: pageSignoffSchema },
  { version: 9, name: 'templates', sql: templatesSchema },
  { version: 10, name: 'module-controls', sql: moduleControlsSchema },
  { version: 11, name: 'target-length', sql: targetLengthSchema },
  { version: 12, name: 'story-hyphenation', sql: storyHyphenationSchema },
  { version: 13, name: 'desk-list-index', sql: deskListIndexSchema },
];

/** SQLite's application_id of a Newsdesk database ("NDSK"); migration 005 sets it. */
export const APPLICATION_ID = 0x4e44534b;

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
