import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ROOT } from '../paths';
import { GLOBAL_OPTIONS, parseCommandLine } from './args';
import { UsageError } from './cli-error';
import { COMMANDS, main } from './main';

const parse = (...argv: string[]) => parseCommandLine(argv, COMMANDS);

/** The usage error's message (the test fails if the line parses). */
function refusal(...argv: string[]): string {
  try {
    parse(...argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`parsed: ${argv.join(' ')}`);
}

/** What `newsdesk ARGV` prints and exits with; a usage error never opens a database. */
async function run(...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

describe('the command line', () => {
  it("takes each command's own flags after its name, and the global ones anywhere", () => {
    expect(
      parse(
        '--db',
        'paper.sqlite',
        'assign',
        '12',
        '2026-12-05',
        '--page',
        '3',
        '--priority=lead',
        '--jump-to',
        '4',
        '--may-jump',
        '--as',
        '编辑甲',
      ),
    ).toEqual({
      global: { db: 'paper.sqlite', as: '编辑甲' },
      name: 'assign',
      words: ['12', '2026-12-05'],
      flags: { page: '3', priority: 'lead', 'jump-to': '4', 'may-jump': true },
    });
    expect(
      parse('export', '2026-12-05', '--pdf', 'a.pdf', '--bleed', '3', '--marks', '--json'),
    ).toEqual({
      global: { json: true },
      name: 'export',
      words: ['2026-12-05'],
      flags: { pdf: 'a.pdf', bleed: '3', marks: true },
    });
    // --password-file is global: init reads it as the new admin's password.
    expect(parse('init', '--password-file', 'pw.txt')).toMatchObject({
      global: { 'password-file': 'pw.txt' },
      flags: {},
    });
    expect(parse('serve', '--port', '0', '--lan', '--inbox', 'in').flags).toEqual({
      port: '0',
      lan: true,
      inbox: 'in',
    });
    expect(parse('backup', 'b.sqlite', '--progress').flags).toEqual({ progress: true });
    expect(parse('--version')).toEqual({ global: { version: true }, words: [], flags: {} });
  });

  it('takes every flag docs/CLI.md gives each command', () => {
    const table = readFileSync(join(APP_ROOT, 'docs', 'CLI.md'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    let checked = 0;
    for (const row of table) {
      const cell = row.replaceAll('\\|', '¦').split('|')[1] as string;
      for (const [, form] of cell.matchAll(/`([^`]+)`/g)) {
        const tokens = (form as string).replaceAll('¦', '|').replace(/[[\]]/g, '').split(/\s+/);
        const argv: string[] = [];
        const expected: Record<string, string | boolean> = {};
        for (let i = 0; i < tokens.length; i++) {
          const token = tokens[i] as string;
          const next = tokens[i + 1];
          if (!token.startsWith('--')) argv.push(token);
          else if (next !== undefined && !next.startsWith('--')) {
            argv.push(token, next);
            expected[token.slice(2)] = next;
            i++;
          } else {
            argv.push(token);
            expected[token.slice(2)] = true;
          }
        }
        const line = parse(...argv);
        expect({ ...line.global, ...line.flags }, form).toEqual(expected);
        checked += Object.keys(expected).length;
      }
    }
    expect(checked).toBeGreaterThan(35);
  });

  it("refuses another command's flag, naming the flag and the command (exit 2)", async () => {
    expect(await run('search', '--page', '1', 'city')).toEqual({
      status: 2,
      out: '',
      err: 'newsdesk: --page does not apply to search',
    });
    expect(refusal('preflight', '2026-12-05', '--pdf', 'a.pdf')).toBe(
      '--pdf does not apply to preflight',
    );
    expect(refusal('import', 'a.md', '--round', '1')).toBe('--round does not apply to import');
    expect(refusal('layout', '2026-12-05', '--may-jump')).toBe(
      '--may-jump does not apply to layout',
    );
    // Within a command, a verb takes only its own.
    expect(refusal('page', 'approve', '2026-12-05', '1', '--round', '1')).toBe(
      '--round does not apply to page approve',
    );
    expect(refusal('user', 'list', '--role', 'admin')).toBe('--role does not apply to user list');
    expect(refusal('story', 'show', '3', '--status', 'filed')).toBe(
      '--status does not apply to story show',
    );
  });

  it('refuses an unknown flag, and a command flag before the command, by name', async () => {
    expect(await run('init', '--flavour')).toEqual({
      status: 2,
      out: '',
      err: 'newsdesk: unknown option --flavour for init',
    });
    expect(refusal('--flavour')).toBe('unknown option --flavour');
    expect(refusal('story', 'show', '-1')).toBe('unknown option -1 for story show');
    expect(refusal('--page', '2', 'assign', '12', '2026-12-05')).toBe(
      '--page goes after the command it belongs to (assign, layout)',
    );
    // An unknown command is reported as such, unless --help is asked for.
    expect((await run('frobnicate', '--page', '1')).err).toBe(
      'newsdesk: unknown command frobnicate; see newsdesk --help',
    );
    expect((await run('frobnicate', '--help')).out).toMatch(/^usage: newsdesk /);
  });

  it('refuses a flag without its value, naming the flag and the command (exit 2)', async () => {
    expect(await run('assign', '12', '2026-12-05', '--page')).toEqual({
      status: 2,
      out: '',
      err: 'newsdesk: --page needs a value for assign',
    });
    expect(refusal('--db')).toBe('--db needs a value');
    expect(refusal('story', 'list', '--as')).toBe('--as needs a value for story list');
    // The next flag is not taken for the value; a value starting with - is written with =.
    expect(refusal('export', '2026-12-05', '--force', '--marks')).toBe(
      '--force needs a value for export (one starting with - is written --force=--marks)',
    );
    expect(refusal('page', 'withdraw', '2026-12-05', '1', '--note', '-改版')).toBe(
      '--note needs a value for page withdraw (one starting with - is written --note=-改版)',
    );
    expect(parse('page', 'withdraw', '2026-12-05', '1', '--note=-改版').flags).toEqual({
      note: '-改版',
    });
    expect(refusal('import', 'a.md', '--draft=yes')).toBe('--draft takes no value for import');
  });

  it('takes any number of files for import, flags among them, and -- before odd names', () => {
    expect(parse('import', 'a.md', 'b.txt', '--draft', 'c.docx', 'd.md')).toMatchObject({
      name: 'import',
      words: ['a.md', 'b.txt', 'c.docx', 'd.md'],
      flags: { draft: true },
    });
    expect(parse('--db', 'p.sqlite', 'import', 'a.md', '--', '--b.md', '-').words).toEqual([
      'a.md',
      '--b.md',
      '-',
    ]);
    expect(parse('search', 'New', 'York').words).toEqual(['New', 'York']);
  });

  it('agrees with the usage lines --help prints, and keeps the global options global', () => {
    for (const [name, command] of Object.entries(COMMANDS)) {
      const own = Object.keys(command.options);
      for (const key of own) expect(Object.hasOwn(GLOBAL_OPTIONS, key), key).toBe(false);
      const inUsage = new Set([...command.usage.matchAll(/--([a-z-]+)/g)].map((m) => m[1]));
      for (const key of own) expect(inUsage.has(key), `${name} --${key} in its usage`).toBe(true);
      for (const key of inUsage) {
        const known = own.includes(key as string) || Object.hasOwn(GLOBAL_OPTIONS, key as string);
        expect(known, `${name} declares --${key}`).toBe(true);
      }
      for (const [verb, keys] of Object.entries(command.verbs ?? {})) {
        for (const key of keys) expect(own, `${name} ${verb} --${key}`).toContain(key);
      }
    }
  });
});
