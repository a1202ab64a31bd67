import { useEffect, useRef } from 'react';

/** Ctrl+Z undoes, Ctrl+Shift+Z (or Ctrl+Y) redoes, unless the focus is in a text field. */
export function useUndoKeys(onUndo: () => void, onRedo: () => void): void {
  const handlers = useRef({ onUndo, onRedo });
  handlers.current = { onUndo, onRedo };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) handlers.current.onUndo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') handlers.current.onRedo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
