import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlers } from '../../src/main/desk/handlers';
import { api, HANDLER_NAMES } from '../../src/shared/contract';

// One name per thing (issue #11): `domain.verb` is declared in contract/domains/<domain>.ts
// (as `<domain>Api`) and handled in main/desk/<domain>/ (`<domain>Handlers` in handlers.ts).
// A camelCase domain would use its kebab-case name for the file and the folder.

const ROOT = join(__dirname, '../..');
const DOMAINS_DIR = join(ROOT, 'src/shared/contract/domains');
const DESK_DIR = join(ROOT, 'src/main/desk');

const kebab = (domain: string) => domain.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const domainOf = (name: string) => name.slice(0, name.indexOf('.'));
const domains = [...new Set(HANDLER_NAMES.map(domainOf))].sort();

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Handler names written as object keys (`'story.save': ...`) in a source file. */
function handlerKeys(file: string): string[] {
  const keys = [...readFileSync(file, 'utf8').matchAll(/^\s*'([a-zA-Z]+\.[a-zA-Z]+)'\s*:/gm)];
  return keys.map((m) => m[1] as string).filter((k) => Object.hasOwn(api, k));
}

describe('contract/domains: one file per domain', () => {
  it('holds exactly the domains the handler names have', () => {
    const files = readdirSync(DOMAINS_DIR).map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(domains.map(kebab).sort());
  });

  it.each(domains)('%s.* are all in its file, as <domain>Api', async (domain) => {
    const mod = await import(join(DOMAINS_DIR, `${kebab(domain)}.ts`));
    const own = mod[`${domain}Api`] as Record<string, unknown>;
    expect(own, `${kebab(domain)}.ts exports ${domain}Api`).toBeDefined();
    const names = HANDLER_NAMES.filter((n) => domainOf(n) === domain);
    expect(Object.keys(own).sort()).toEqual([...names].sort());
    for (const name of names) expect(api[name]).toBe(own[name]);
  });

  it('declares no handler outside its own domain file', () => {
    for (const file of filesUnder(join(ROOT, 'src/shared/contract'))) {
      const where = relative(ROOT, file);
      for (const key of handlerKeys(file)) {
        expect(where, key).toBe(`src/shared/contract/domains/${kebab(domainOf(key))}.ts`);
      }
    }
  });
});

describe('main/desk: one folder per domain', () => {
  it.each(domains)('%s.* are all handled in its folder, as <domain>Handlers', async (domain) => {
    const mod = await import(join(DESK_DIR, kebab(domain), 'handlers.ts'));
    const own = mod[`${domain}Handlers`] as Record<string, unknown>;
    expect(own, `desk/${kebab(domain)}/handlers.ts exports ${domain}Handlers`).toBeDefined();
    const names = HANDLER_NAMES.filter((n) => domainOf(n) === domain);
    expect(Object.keys(own).sort()).toEqual([...names].sort());
    for (const name of names) expect(handlers[name]).toBe(own[name]);
  });

  it('writes no handler in another domain folder', () => {
    for (const file of filesUnder(DESK_DIR)) {
      const where = relative(DESK_DIR, file);
      if (!where.includes('/')) continue; // desk-wide maps (preparers.ts) name every domain
      for (const key of handlerKeys(file)) {
        expect(where.split('/')[0], `${key} in desk/${where}`).toBe(kebab(domainOf(key)));
      }
    }
  });
});
