import { useEffect, useRef } from 'react';
import type { ShortcutId } from '../../../shared/model/shortcuts';

// A shortcut pressed (or picked in the desktop menu) reaches the screen that acts on it
// through one window event, so App need not know each screen's state.
const EVENT = 'newsdesk-command';

export function sendCommand(id: ShortcutId): void {
  window.dispatchEvent(new CustomEvent<ShortcutId>(EVENT, { detail: id }));
}

/** Runs `handler` while mounted whenever the command `id` is sent. */
export function useCommand(id: ShortcutId, handler: () => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const on = (event: Event) => {
      if ((event as CustomEvent<ShortcutId>).detail === id) latest.current();
    };
    window.addEventListener(EVENT, on);
    return () => window.removeEventListener(EVENT, on);
  }, [id]);
}

/** True when typing goes into a field (then `?` is a character, not the sheet). */
export function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.tagName === 'INPUT' ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT'
  );
}
