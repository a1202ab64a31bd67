import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../../src/shared/compose/builtin-templates';
import { FURNITURE_KINDS, IMAGE_ROLES, STORY_KINDS } from '../../src/shared/compose/types';
import { api } from '../../src/shared/contract';
import { PageTemplate, TemplateSlot } from '../../src/shared/contract/domains/template';
import { DisplayItemWire } from '../../src/shared/contract/wire/display';
import { FurnitureKind, LayoutImage, LineKind } from '../../src/shared/contract/wire/layout-page';
import {
  PAGE_SIZE_PRESET_NAMES,
  PAGE_SIZE_PRESETS,
  PAPER_SIZES,
  PaperSize,
} from '../../src/shared/model/issue';
import {
  HEADLINE_WEIGHTS,
  MODULE_FRAMES,
  ModuleControls,
  PHOTO_PLACES,
} from '../../src/shared/model/module-controls';
import { LANGUAGES, PHOTO_COLOURS } from '../../src/shared/model/settings';
import { PRIORITIES, Priority } from '../../src/shared/model/story';
import { SEVERITIES } from '../../src/shared/preflight/types';
import {
  HEADLINE_PARTS,
  HYPHENATION_LANGUAGES,
  KINSOKU_LEVELS,
  LINE_KINDS,
} from '../../src/shared/typeset/types';

// One definition of each value list (issue #11, point 3): a const array in src/shared that
// the zod schemas, the engine's types and the UI read. The schemas are compared with the
// arrays here; a scan of the sources catches a list spelled out again.

const ROOT = join(__dirname, '../..');

/** The options of a z.enum, through .optional() / .nullable() wrappers. */
function optionsOf(schema: unknown): readonly string[] {
  let s = schema as { options?: readonly string[]; unwrap?: () => unknown };
  while (!s.options && s.unwrap) s = s.unwrap() as typeof s;
  if (!s.options) throw new Error('not a z.enum');
  return s.options;
}

describe('the schemas read the shared lists', () => {
  it('line kinds: the wire line kind is the typesetter’s', () => {
    expect(LineKind.options).toEqual(LINE_KINDS);
    expect(LINE_KINDS.slice(-HEADLINE_PARTS.length)).toEqual(HEADLINE_PARTS);
  });

  it('image roles: the layout image and the display image', () => {
    expect(optionsOf(LayoutImage.shape.role)).toEqual(IMAGE_ROLES);
    const image = DisplayItemWire.options.find((o) => o.shape.kind.value === 'image');
    expect(image && 'role' in image.shape && optionsOf(image.shape.role)).toEqual(IMAGE_ROLES);
  });

  it('paper sizes: the presets are the named sizes, in the same order', () => {
    expect(PAGE_SIZE_PRESET_NAMES).toEqual(PAPER_SIZES.filter((s) => s !== 'custom'));
    expect(Object.keys(PAGE_SIZE_PRESETS)).toEqual(PAGE_SIZE_PRESET_NAMES);
    expect(optionsOf(PaperSize.shape.size)).toEqual(PAPER_SIZES);
    expect(optionsOf(PageTemplate.shape.paper)).toEqual(PAPER_SIZES);
  });

  it('built-in templates are on a preset size, with its columns', () => {
    for (const t of BUILTIN_TEMPLATES) {
      expect(PAGE_SIZE_PRESET_NAMES).toContain(t.paper);
      if (t.paper !== 'custom') expect(t.columns, t.name).toBe(PAGE_SIZE_PRESETS[t.paper].columns);
    }
  });

  it('module specs: story kinds, priorities and the module controls', () => {
    expect(optionsOf(TemplateSlot.shape.kind)).toEqual(STORY_KINDS);
    expect(optionsOf(TemplateSlot.shape.priority)).toEqual(PRIORITIES);
    expect(Priority.options).toEqual(PRIORITIES);
    const c = ModuleControls.shape;
    expect(optionsOf(c.headlineWeight)).toEqual(HEADLINE_WEIGHTS);
    expect(optionsOf(c.photoPlace)).toEqual(PHOTO_PLACES);
    expect(optionsOf(c.frame)).toEqual(MODULE_FRAMES);
  });

  it('furniture kinds, photo colours', () => {
    expect(FurnitureKind.options).toEqual(FURNITURE_KINDS);
    const args = api['export.pdf'].args as unknown as { shape: Record<string, unknown> };
    expect(optionsOf(args.shape.colour)).toEqual(PHOTO_COLOURS);
  });
});

// ---- Lists spelled out again --------------------------------------------------------------

/** Each list, and the one file that may spell it out (its definition). */
const LISTS: [string, readonly string[], string][] = [
  ['KINSOKU_LEVELS', KINSOKU_LEVELS, 'src/shared/typeset/types.ts'],
  ['HYPHENATION_LANGUAGES', HYPHENATION_LANGUAGES, 'src/shared/typeset/types.ts'],
  ['HEADLINE_PARTS', HEADLINE_PARTS, 'src/shared/typeset/types.ts'],
  ['LINE_KINDS', LINE_KINDS, 'src/shared/typeset/types.ts'],
  ['LANGUAGES', LANGUAGES, 'src/shared/model/settings.ts'],
  ['PHOTO_COLOURS', PHOTO_COLOURS, 'src/shared/model/settings.ts'],
  ['PAPER_SIZES', PAPER_SIZES, 'src/shared/model/issue.ts'],
  ['PAGE_SIZE_PRESET_NAMES', PAGE_SIZE_PRESET_NAMES, 'src/shared/model/issue.ts'],
  ['PRIORITIES', PRIORITIES, 'src/shared/model/story.ts'],
  ['SEVERITIES', SEVERITIES, 'src/shared/preflight/types.ts'],
  ['STORY_KINDS', STORY_KINDS, 'src/shared/compose/types.ts'],
  ['FURNITURE_KINDS', FURNITURE_KINDS, 'src/shared/compose/types.ts'],
  ['IMAGE_ROLES', IMAGE_ROLES, 'src/shared/compose/types.ts'],
  ['HEADLINE_WEIGHTS', HEADLINE_WEIGHTS, 'src/shared/model/module-controls.ts'],
  ['PHOTO_PLACES', PHOTO_PLACES, 'src/shared/model/module-controls.ts'],
  ['MODULE_FRAMES', MODULE_FRAMES, 'src/shared/model/module-controls.ts'],
];

/**
 * Files that spell out the same words for another thing: a story's text fields (kicker,
 * headline, subhead, byline and dateline) are not the headline stack's parts.
 */
const OTHER_THINGS: Record<string, string[]> = {
  HEADLINE_PARTS: [
    'src/shared/story/smarten-story.ts',
    'src/shared/story/markdown/front-matter.ts',
    'src/shared/contract/domains/revision.ts',
    'src/renderer/src/story/StoryScreen.tsx',
    'src/renderer/src/story/StoryForm.tsx',
  ],
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'migrations' ? [] : sources(path);
    return /\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [path] : [];
  });
}

/** The list as an array (`'a', 'b'`) or a union (`'a' | 'b'`), whitespace ignored. */
function spellings(list: readonly string[]): string[] {
  const quoted = list.map((v) => `'${v}'`);
  return [quoted.join(','), quoted.join('|')];
}

describe('no list is spelled out twice', () => {
  const files = sources(join(ROOT, 'src')).map((path) => ({
    where: relative(ROOT, path),
    text: readFileSync(path, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '')
      .replace(/\s+/g, ''),
  }));

  it.each(LISTS)('%s only where it is defined', (name, list, home) => {
    const allowed = new Set([home, ...(OTHER_THINGS[name] ?? [])]);
    const found = files
      .filter((f) => !allowed.has(f.where))
      .filter((f) => spellings(list).some((s) => f.text.includes(s)))
      .map((f) => f.where);
    expect(found, `${name} restated; import it from ${home}`).toEqual([]);
  });

  it('the scan sees a restated list', () => {
    const text = "role:z.enum(['logo','photo']),";
    expect(spellings(IMAGE_ROLES).some((s) => text.includes(s))).toBe(true);
  });
});
