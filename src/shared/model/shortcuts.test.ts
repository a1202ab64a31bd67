import { describe, expect, it } from 'vitest';
import { shortcutFor } from './shortcuts';

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('shortcutFor', () => {
  it('reads the table', () => {
    expect(shortcutFor(key('f', { ctrlKey: true }), true)).toBe('search');
    expect(shortcutFor(key('n', { metaKey: true }), false)).toBe('new-story');
    expect(shortcutFor(key('s', { ctrlKey: true }), true)).toBe('save');
    expect(shortcutFor(key('Enter', { ctrlKey: true }), true)).toBe('advance');
    expect(shortcutFor(key(']', { ctrlKey: true }), false)).toBe('next-story');
    expect(shortcutFor(key('[', { ctrlKey: true }), false)).toBe('previous-story');
    expect(shortcutFor(key('F1'), true)).toBe('shortcuts');
  });
  it('takes ? for the sheet only outside a text field, and plain letters never', () => {
    expect(shortcutFor(key('?', { shiftKey: true }), false)).toBe('shortcuts');
    expect(shortcutFor(key('?', { shiftKey: true }), true)).toBeNull();
    expect(shortcutFor(key('f'), false)).toBeNull();
    expect(shortcutFor(key('b', { ctrlKey: true }), true)).toBeNull();
  });
});
