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
export type EventPayload = { id?: number };
