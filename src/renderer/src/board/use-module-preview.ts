import { useEffect, useMemo, useRef, useState } from 'react';
import type { ModulePreview } from '../../../shared/contract/wire/layout-page';
import { useTransport } from '../api-context';
import { sameModule } from './grid';
import { PreviewQueue, type PreviewTarget, previewKey } from './preview-queue';

/**
 * Copyfit of the module being dragged (layout.preview), for the badges on the moving rect,
 * asked through a PreviewQueue. Null while nothing is known for the current target, or when
 * it has not moved.
 */
export function useModulePreview(date: string, drag: PreviewTarget | null): ModulePreview | null {
  const { invoke } = useTransport();
  const [shown, setShown] = useState<{ key: string; preview: ModulePreview } | null>(null);
  const moved = drag !== null && !sameModule(drag.start, drag.target);
  const key = moved ? previewKey(drag) : null;
  const latest = useRef(drag);
  latest.current = drag;
  const queue = useMemo(
    () =>
      new PreviewQueue<ModulePreview>({
        ask: (t) =>
          invoke('layout.preview', { date, storyId: t.storyId, part: t.part, module: t.target }),
        show: (shownKey, preview) => setShown({ key: shownKey, preview }),
        setTimer: (run, ms) => setTimeout(run, ms),
        clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
      }),
    [invoke, date],
  );

  useEffect(() => {
    queue.want(key === null ? null : latest.current);
    return () => queue.stop();
  }, [queue, key]);

  return shown && key !== null && shown.key === key ? shown.preview : null;
}
