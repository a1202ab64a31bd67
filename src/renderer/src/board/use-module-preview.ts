import { useEffect, useRef, useState } from 'react';
import type { ModulePreview, ModuleSpec } from '../../../shared/contract/wire/layout-page';
import { useTransport } from '../api-context';
import { sameModule } from './grid';

/** Quiet time after the last grid step before the desk is asked (ms). */
const DEBOUNCE_MS = 60;

export interface PreviewTarget {
  storyId: number;
  part: number;
  start: ModuleSpec;
  target: ModuleSpec;
}

const keyOf = (t: PreviewTarget) =>
  `${t.storyId}/${t.part}/${t.target.col},${t.target.line},${t.target.cols},${t.target.lines}`;

/**
 * Copyfit of the module being dragged (layout.preview), for the badges on the moving rect:
 * asked 60 ms after the rect last snapped, one request at a time (a newer target waits for
 * the one in flight, then only the latest is sent), and only the latest target's answer is
 * shown. Null while nothing is known for the current target, or when it has not moved.
 */
export function useModulePreview(date: string, drag: PreviewTarget | null): ModulePreview | null {
  const { invoke } = useTransport();
  const [shown, setShown] = useState<{ key: string; preview: ModulePreview } | null>(null);
  const wanted = useRef<string | null>(null);
  const busy = useRef(false);
  const queued = useRef<PreviewTarget | null>(null);
  const moved = drag !== null && !sameModule(drag.start, drag.target);
  const key = moved ? keyOf(drag) : null;
  const latest = useRef(drag);
  latest.current = drag;

  useEffect(() => {
    wanted.current = key;
    const target = latest.current;
    if (key === null || !target) return;
    const send = (t: PreviewTarget) => {
      busy.current = true;
      const mine = keyOf(t);
      invoke('layout.preview', { date, storyId: t.storyId, part: t.part, module: t.target })
        .then(
          (preview) => {
            if (wanted.current === mine) setShown({ key: mine, preview });
          },
          () => undefined, // a refused preview shows no numbers; the drop reports the reason
        )
        .finally(() => {
          busy.current = false;
          const next = queued.current;
          queued.current = null;
          if (next && wanted.current === keyOf(next)) send(next);
        });
    };
    const timer = setTimeout(() => {
      if (busy.current) queued.current = target;
      else send(target);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [invoke, date, key]);

  return shown && key !== null && shown.key === key ? shown.preview : null;
}
