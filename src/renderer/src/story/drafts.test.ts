import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BodyBlock } from '../../../shared/story/elements';
import { clearDrafts, readDraft, writeDraft } from './drafts';
import { EMPTY_HEAD } from './story-io';

/** localStorage in memory, counting the writes. */
function memoryStorage() {
  const items = new Map<string, string>();
  const writes: string[] = [];
  const storage = {
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => {
      writes.push(k);
      items.set(k, String(v));
    },
    removeItem: (k: string) => void items.delete(k),
    clear: () => items.clear(),
  };
  return { storage, items, writes };
}

const paragraph = (text: string): BodyBlock => ({ type: 'paragraph', children: [{ text }] });
const head = { ...EMPTY_HEAD, headline: '长稿' };
const at = '2026-01-01T00:00:00.000Z';

let mem: ReturnType<typeof memoryStorage>;
beforeEach(() => {
  mem = memoryStorage();
  vi.stubGlobal('localStorage', mem.storage);
});

describe('drafts', () => {
  it('reads back what was written, the last keystroke included', () => {
    const body = Array.from({ length: 1000 }, (_, i) => paragraph(`第${i}段。`));
    writeDraft(7, 3, { head, document: { version: 1, body }, at });
    const typed = [...body];
    typed[500] = paragraph('第500段。a');
    writeDraft(7, 3, { head, document: { version: 1, body: typed }, at });
    expect(readDraft(7, 3)).toEqual({ head, at, document: { version: 1, body: typed } });
    expect(readDraft(7, 2)).toBeNull();
  });

  it('writes again only the chunk the edit is in, and drops the chunk it replaced', () => {
    const body = Array.from({ length: 2000 }, (_, i) => paragraph(`第${i}段。`));
    writeDraft(1, 1, { head, document: { version: 1, body }, at });
    const entries = mem.items.size;
    expect(entries).toBeGreaterThan(10);
    mem.writes.length = 0;
    const typed = [...body];
    typed[1000] = paragraph('第1000段。字');
    writeDraft(1, 1, { head, document: { version: 1, body: typed }, at });
    // The manifest and one or two chunks (a boundary may move by the block that changed).
    expect(mem.writes.length).toBeLessThanOrEqual(3);
    expect(mem.items.size).toBeLessThanOrEqual(entries + 1);
    expect(readDraft(1, 1)?.document.body).toEqual(typed);
  });

  it('reads a draft written whole, and nothing when a chunk is missing', () => {
    const body = [paragraph('旧稿')];
    mem.storage.setItem(
      'newsdesk.draft.2.v1',
      JSON.stringify({ head, document: { version: 1, body }, at }),
    );
    expect(readDraft(2, 1)?.document.body).toEqual(body);
    writeDraft(3, 1, { head, document: { version: 1, body }, at });
    for (const k of [...mem.items.keys()]) if (k.includes('.c.')) mem.items.delete(k);
    expect(readDraft(3, 1)).toBeNull();
  });

  it('clears every entry of the story, and writes whole again after', () => {
    const body = Array.from({ length: 300 }, (_, i) => paragraph(`段${i}`));
    writeDraft(4, 1, { head, document: { version: 1, body }, at });
    writeDraft(44, 1, { head, document: { version: 1, body }, at });
    clearDrafts(4);
    expect([...mem.items.keys()].every((k) => k.startsWith('newsdesk.draft.44.'))).toBe(true);
    writeDraft(4, 2, { head, document: { version: 1, body }, at });
    expect(readDraft(4, 2)?.document.body).toEqual(body);
  });
});
