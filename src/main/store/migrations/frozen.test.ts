import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '.';

const DIR = __dirname;
const files = readdirSync(DIR).filter((f) => /^\d{3}-.+\.ts$/.test(f) && !f.endsWith('.test.ts'));

describe('migrations are frozen text', () => {
  it('has one file per numbered migration', () => {
    expect(files.map((f) => Number(f.slice(0, 3)))).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it.each(files)('%s imports nothing and exports one SQL string only', (file) => {
    const source = readFileSync(join(DIR, file), 'utf8');
    expect(source).not.toMatch(/^\s*import\b/m);
    expect(source).not.toMatch(/\brequire\(/);
    const exports = source.match(/^export\b.*$/gm) ?? [];
    expect(exports).toHaveLength(1);
    expect(exports[0]).toMatch(/^export const \w+ = `$/);
    // No interpolation: the text is what ran when the migration was released.
    expect(source).not.toContain('${');
  });
});
