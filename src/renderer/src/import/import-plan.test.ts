import { describe, expect, it } from 'vitest';
import { planImport } from './import-plan';

const MB = 1024 * 1024;
const file = (name: string, size = 100, type = '') => ({ name, size, type });

describe('planImport', () => {
  it('makes one story per .md, .txt or .docx and sends images along', () => {
    const plan = planImport([
      file('a.md'),
      file('b.TXT'),
      file('c.docx'),
      file('photo.jpg', 100, 'image/jpeg'),
      file('d.markdown'),
    ]);
    expect(plan.stories.map((s) => [s.file.name, s.format])).toEqual([
      ['a.md', 'md'],
      ['b.TXT', 'txt'],
      ['c.docx', 'docx'],
      ['d.markdown', 'md'],
    ]);
    expect(plan.images.map((f) => f.name)).toEqual(['photo.jpg']);
    expect(plan.refused).toEqual([]);
  });

  it('refuses other files and files over their limit, as the desk words it', () => {
    const plan = planImport([file('notes.pdf'), file('big.txt', 6 * MB), file('ok.docx', 6 * MB)]);
    expect(plan.stories.map((s) => s.file.name)).toEqual(['ok.docx']);
    expect(plan.refused.map(({ fileName, message }) => ({ fileName, message }))).toEqual([
      { fileName: 'notes.pdf', message: 'notes.pdf: not a story file: use .md, .txt or .docx' },
      {
        fileName: 'big.txt',
        message: 'big.txt: the file is 6.0 MB; a .txt story may be at most 5 MB',
      },
    ]);
  });

  it('refuses an image over 30 MB', () => {
    const plan = planImport([file('huge.png', 31 * MB, 'image/png')]);
    expect(plan.images).toEqual([]);
    expect(plan.refused[0]?.message).toBe(
      'huge.png: image huge.png is over the 30 MB limit for an image',
    );
  });
});
