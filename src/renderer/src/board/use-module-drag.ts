import { type PointerEvent, useState } from 'react';
import type {
  LayoutModule,
  LayoutPage,
  ModuleSpec,
} from '../../../shared/contract/wire/layout-page';
import { type DragMode, sameModule, snapModule } from './grid';

export interface ModuleDrag {
  storyId: number;
  part: number;
  mode: DragMode;
  x: number;
  y: number;
  start: ModuleSpec;
  target: ModuleSpec;
}

/**
 * Pointer drag of a module on the large page: moving the module or its resize corner,
 * snapped to whole columns × grid lines; the target rect shows while dragging and
 * `onCommit` runs on release when the module changed. `pxPerPt` converts pointer moves.
 */
export function useModuleDrag(
  page: LayoutPage,
  pxPerPt: number,
  onCommit: (storyId: number, part: number, module: ModuleSpec, previous: ModuleSpec) => void,
) {
  const [drag, setDrag] = useState<ModuleDrag | null>(null);

  const begin = (m: LayoutModule, mode: DragMode) => (event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    setDrag({
      storyId: m.storyId,
      part: m.part,
      mode,
      x: event.clientX,
      y: event.clientY,
      start: m.module,
      target: m.module,
    });
  };

  const move = (event: PointerEvent<HTMLElement>) => {
    if (!drag) return;
    const dx = (event.clientX - drag.x) / pxPerPt;
    const dy = (event.clientY - drag.y) / pxPerPt;
    const target = snapModule(page.grid, drag.start, drag.mode, dx, dy);
    if (!sameModule(target, drag.target)) setDrag({ ...drag, target });
  };

  const end = () => {
    if (!drag) return;
    setDrag(null);
    if (!sameModule(drag.target, drag.start)) {
      onCommit(drag.storyId, drag.part, drag.target, drag.start);
    }
  };

  return { drag, begin, move, end, cancel: () => setDrag(null) };
}
