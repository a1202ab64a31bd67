import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => (m[1] ?? m[2]) as string);
}

/** Where a relative import lands, as a repo path; bare specifiers come back as they are. */
function target(file: string, spec: string): string {
  return spec.startsWith('.') ? relative(ROOT, resolve(dirname(file), spec)) : spec;
}

function violations(folder: string, forbidden: (spec: string, to: string) => boolean): string[] {
  return files(join(ROOT, folder)).flatMap((file) =>
    importsOf(file)
      .filter((spec) => forbidden(spec, target(file, spec)))
      .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
  );
}

describe('layers (DESIGN.md)', () => {
  it('src/shared imports nothing from Node, Electron, the DOM side or the other layers', () => {
    const bad = violations(
      'src/shared',
      (spec, to) =>
        /^(node:|electron$|better-sqlite3|react|fontkit|playwright)/.test(spec) ||
        (spec.startsWith('.') && !to.startsWith('src/shared')),
    );
    expect(bad).toEqual([]);
  });

  it('src/renderer never imports src/main, Electron or Node', () => {
    const bad = violations(
      'src/renderer',
      (spec, to) =>
        /^(node:|electron$|better-sqlite3)/.test(spec) ||
        to.startsWith('src/main') ||
        to.startsWith('src/preload'),
    );
    expect(bad).toEqual([]);
  });

  it("only src/main/electron (and the preload) imports 'electron'", () => {
    const bad = violations(
      'src/main',
      (spec) => spec === 'electron' || spec.startsWith('electron/'),
    ).filter((line) => !line.startsWith('src/main/electron/'));
    expect(bad).toEqual([]);
  });

  it('the version shown in the app matches package.json', async () => {
    const { APP_VERSION } = await import('../src/shared/version');
    expect(APP_VERSION).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
});
