import { initialSchema } from './001-initial';
import { searchSchema } from './002-search';
import { locksSchema } from './003-locks';
import { searchCharsSchema } from './004-search-chars';

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
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
