import { useEffect, useRef } from 'react';
import type { LayoutModule } from '../../../shared/contract/wire/layout-page';
import type { BoardActions } from './use-board-actions';

/** P pins or unpins the selected module, unless the focus is in a text field. */
export function usePinKey(module: LayoutModule | undefined, actions: BoardActions): void {
  const current = useRef({ module, actions });
  current.current = { module, actions };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'p' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const { module: m, actions: a } = current.current;
      if (!m) return;
      event.preventDefault();
      void a.pin(m.storyId, m.part, !m.pinned);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
