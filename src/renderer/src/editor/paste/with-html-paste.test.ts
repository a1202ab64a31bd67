import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import type { TypingStyle } from '../../../../shared/text/smart-quotes';
import { createStoryEditor } from '../create-story-editor';

/** Pastes plain text (no HTML on the clipboard) after `typed` in one paragraph. */
function pasted(text: string, style: TypingStyle, typed = ''): string {
  const editor = createStoryEditor(() => style);
  editor.children = [{ type: 'paragraph', children: [{ text: typed }] }] as never;
  Transforms.select(editor, Editor.end(editor, []));
  const data = { getData: (type: string) => (type === 'text/plain' ? text : '') };
  editor.insertData(data as unknown as DataTransfer);
  return Editor.string(editor, []);
}

const ON: TypingStyle = { smartQuotes: true, dash: 'em' };

describe('pasting plain text', () => {
  it('curls quotes and makes -- the paper’s dash', () => {
    expect(pasted(`"It's done" -- now`, ON)).toBe('“It’s done” — now');
    expect(pasted('pages 3--5', { smartQuotes: true, dash: 'en' })).toBe('pages 3–5');
  });

  it('reads the paragraph before the cursor for context', () => {
    expect(pasted(`"yes"`, ON, 'He said ')).toBe('He said “yes”');
    expect(pasted("' done", ON, 'it')).toBe('it’ done');
    expect(pasted('好"', ON, '他说“')).toBe('他说“好”');
    expect(pasted('"好"', ON, '他说：')).toBe('他说：“好”');
  });

  it('leaves the text as pasted when the paper keeps typewriter quotes', () => {
    expect(pasted(`"It's" -- now`, { smartQuotes: false, dash: 'em' })).toBe(`"It's" -- now`);
  });
});
