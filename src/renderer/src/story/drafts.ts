import type { BodyBlock, StoryDocument } from '../../../shared/story/elements';
import type { HeadValues } from './story-io';

// Unsaved edits kept on this machine until the save is acknowledged, so a reload, a crash
// or a lost connection loses no keystroke. Keyed by story and the version the edits start
// from: a draft of an older version is not applied over newer work.
//
// A long story's draft must not cost a frame per write: the body is kept in chunks of
// blocks, each in its own entry named by its content, and a write stores only the chunks
// not stored yet (the one being typed in) plus a short manifest listing them in order.
// A block's JSON and hash are cached by the block object, which Slate keeps for every block
// an edit does not touch; chunk boundaries fall where a block's hash says so, so an edit
// moves at most the boundaries around the blocks it changed.

export interface Draft {
  head: HeadValues;
  document: StoryDocument;
  /** When it was written (ISO), for the notice. */
  at: string;
}

/** What the draft's own entry holds: the body's chunks by name, in order. */
interface Manifest {
  head: HeadValues;
  at: string;
  chunks: string[];
}

const PREFIX = 'newsdesk.draft.';
/** One block in CUT ends a chunk (on average); no chunk holds more than MAX_CHUNK blocks. */
const CUT = 32;
const MAX_CHUNK = 128;

function key(storyId: number, version: number): string {
  return `${PREFIX}${storyId}.v${version}`;
}

const chunkKey = (draftKey: string, name: string) => `${draftKey}.c.${name}`;

/** Two 32-bit lanes of a string hash (cyrb53's). */
function hash(text: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

interface Coded {
  json: string;
  h1: number;
  h2: number;
}

const coded = new WeakMap<BodyBlock, Coded>();

function codeOf(block: BodyBlock): Coded {
  let c = coded.get(block);
  if (!c) {
    const json = JSON.stringify(block);
    const [h1, h2] = hash(json);
    c = { json, h1, h2 };
    coded.set(block, c);
  }
  return c;
}

interface Chunk {
  name: string;
  start: number;
  end: number;
}

/** The body cut into chunks, each named by its blocks' hashes (numbers only: no text read). */
function chunksOf(blocks: readonly Coded[]): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let a = 0x9e3779b9;
  let b = 0x85ebca6b;
  for (let i = 0; i < blocks.length; i++) {
    const c = blocks[i] as Coded;
    a = Math.imul(a ^ c.h1, 2654435761) ^ (a >>> 15);
    b = Math.imul(b ^ c.h2, 1597334677) ^ (b >>> 15);
    if (c.h1 % CUT === 0 || i + 1 - start >= MAX_CHUNK || i === blocks.length - 1) {
      const name = `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}-${i + 1 - start}`;
      chunks.push({ name, start, end: i + 1 });
      start = i + 1;
      a = 0x9e3779b9;
      b = 0x85ebca6b;
    }
  }
  return chunks;
}

/** Chunk entries this page has stored, per draft entry (what need not be written again). */
const stored = new Map<string, Set<string>>();

export function writeDraft(storyId: number, version: number, draft: Draft): void {
  const draftKey = key(storyId, version);
  const had = stored.get(draftKey) ?? new Set<string>();
  const now = new Set<string>();
  try {
    const blocks = draft.document.body.map(codeOf);
    const chunks = chunksOf(blocks);
    for (const chunk of chunks) {
      if (!had.has(chunk.name) && !now.has(chunk.name)) {
        const json = blocks.slice(chunk.start, chunk.end).map((c) => c.json);
        localStorage.setItem(chunkKey(draftKey, chunk.name), `[${json.join(',')}]`);
      }
      now.add(chunk.name);
    }
    const names = chunks.map((chunk) => chunk.name);
    const manifest: Manifest = { head: draft.head, at: draft.at, chunks: names };
    localStorage.setItem(draftKey, JSON.stringify(manifest));
    for (const name of had) if (!now.has(name)) localStorage.removeItem(chunkKey(draftKey, name));
    stored.set(draftKey, now);
  } catch {
    // Storage full or off: the autosave still runs; nothing else to do here. What was
    // stored may be partial: written again in full next time.
    stored.delete(draftKey);
  }
}

export function readDraft(storyId: number, version: number): Draft | null {
  const draftKey = key(storyId, version);
  const raw = localStorage.getItem(draftKey);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Manifest & Draft>;
    if (!value?.head || typeof value.at !== 'string') return null;
    // A draft written whole (before the chunks).
    if (Array.isArray(value.document?.body)) return value as Draft;
    if (!Array.isArray(value.chunks)) return null;
    const body: BodyBlock[] = [];
    for (const name of value.chunks) {
      const chunk = localStorage.getItem(chunkKey(draftKey, String(name)));
      if (chunk === null) return null;
      body.push(...(JSON.parse(chunk) as BodyBlock[]));
    }
    return { head: value.head, at: value.at, document: { version: 1, body } };
  } catch {
    return null;
  }
}

/** Drops every draft of the story (older versions' ones are stale once a save is acked). */
export function clearDrafts(storyId: number): void {
  const mine = `${PREFIX}${storyId}.v`;
  for (const name of [...stored.keys()]) if (name.startsWith(mine)) stored.delete(name);
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const name = localStorage.key(i);
    if (name?.startsWith(mine)) localStorage.removeItem(name);
  }
}
