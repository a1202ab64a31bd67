import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openDesk } from '../../src/main/desk/open-desk';
import type { Desk } from '../../src/main/desk/types';
import { tempDir } from './temp-db';

/**
 * A fresh desk on a real SQLite file in its own folder for each test of the enclosing
 * describe, closed and removed after it. Read `desk` and `dir` inside the tests.
 */
export function useTempDesk(file = 'paper.sqlite'): { readonly desk: Desk; readonly dir: string } {
  let temp: ReturnType<typeof tempDir> | undefined;
  let open: Desk | undefined;
  beforeEach(() => {
    temp = tempDir();
    open = openDesk({ dbPath: join(temp.dir, file) });
  });
  afterEach(() => {
    open?.close();
    temp?.cleanup();
  });
  return {
    get desk() {
      if (!open) throw new Error('useTempDesk: the desk is open only inside a test');
      return open;
    },
    get dir() {
      if (!temp) throw new Error('useTempDesk: the folder exists only inside a test');
      return temp.dir;
    },
  };
}
