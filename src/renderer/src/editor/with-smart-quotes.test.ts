import { createEditor, Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import '../../../shared/story/custom-types';
import { withSmartQuotes } from './with-smart-quotes';

function typed(keys: string, enabled = true, dash: 'em' | 'en' = 'em'): string {
  const editor = withSmartQuotes(createEditor(), { enabled: () => enabled, dash: () => dash });
  editor.children = [{ type: 'paragraph', children: [{ text: '' }] }] as never;
  Transforms.select(editor, Editor.start(editor, []));
  for (const key of keys) editor.insertText(key);
  return Editor.string(editor, []);
}

describe('smart quotes while typing', () => {
  it('curls quotes and makes -- a dash, key by key', () => {
    expect(typed(`"It's done--now," he said.`)).toBe('“It’s done—now,” he said.');
  });

  it('keeps typewriter quotes when the paper says so', () => {
    expect(typed(`"It's"`, false)).toBe(`"It's"`);
  });

  it('makes -- the paper’s en dash, and —— after Chinese', () => {
    expect(typed('pages 3--5', true, 'en')).toBe('pages 3–5');
    expect(typed('大桥--城市的名片', true, 'en')).toBe('大桥——城市的名片');
    expect(typed('他说："好。"')).toBe('他说：“好。”');
  });
});
