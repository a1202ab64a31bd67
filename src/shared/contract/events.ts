/**
 * Events main pushes to every open window (the preload's `on`). Kept free of zod so the
 * sandboxed preload can import it without bundling the whole contract.
 */
export const EVENT_NAMES = [
  'story.changed',
  'settings.changed',
  'profiles.changed',
  'issue.changed',
  /** The File menu's Import item: sent by main to the focused window only. */
  'menu.import',
  /** The Story menu's items: `id` is the index of the shortcut in model/shortcuts.ts. */
  'menu.shortcut',
] as const;
export type EventName = (typeof EVENT_NAMES)[number];
/**
 * `id`: the story, issue or profile it names. `call`: the tag the caller gave the call that
 * caused it (CALL_TAG), so a window knows its own action's events exactly, never by timing.
 */
export type EventPayload = { id?: number; call?: string };

/** The HTTP header that carries a call's tag (IPC sends it as the invoke's third value). */
export const CALL_HEADER = 'x-newsdesk-call';

/** A call's tag as a transport carries it. */
export const CALL_TAG = /^[A-Za-z0-9_-]{1,64}$/;

/** The tag if it is one; anything else is ignored (the call still runs, its events untagged). */
export function callTagOf(value: unknown): string | undefined {
  return typeof value === 'string' && CALL_TAG.test(value) ? value : undefined;
}
