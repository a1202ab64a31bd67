import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayoutPage, ModuleSpec } from '../../../shared/contract/wire/layout-page';
import { storyDropTarget } from './drag-data';
import { moduleRect, nudgeModule, sameModule } from './grid';
import { ModuleBadges } from './ModuleBadges';
import { ModuleBox } from './ModuleBox';
import { PagePaint } from './PagePaint';
import { useModuleDrag } from './use-module-drag';
import { useModulePreview } from './use-module-preview';
import { useWidth } from './use-width';

const PX_PER_PT = 96 / 72;

/**
 * One page large, painted from its display list (every glyph where the engine set it) and
 * scaled to the available width; over it, a box per module that moves and resizes by
 * pointer, snapped to the grid.
 */
export function LargePage(props: {
  date: string;
  page: LayoutPage;
  headlineOf: (storyId: number) => string;
  selected: { storyId: number; part: number } | null;
  onSelect: (storyId: number, part: number) => void;
  onCommit: (storyId: number, part: number, module: ModuleSpec, previous: ModuleSpec) => void;
  onDropStory: (storyId: number) => void;
}) {
  const { t } = useTranslation();
  const frame = useRef<HTMLDivElement>(null);
  const width = useWidth(frame);
  const { page } = props;
  const scale = width > 0 ? width / (page.trim.w * PX_PER_PT) : 0.5;
  const pxPerPt = scale * PX_PER_PT;
  const drag = useModuleDrag(page, pxPerPt, props.onCommit);
  const ghost = drag.drag ? moduleRect(page.grid, drag.drag.target) : null;
  const preview = useModulePreview(props.date, drag.drag);

  return (
    <div className="large-page-frame" ref={frame} {...storyDropTarget(props.onDropStory)}>
      <div
        className="large-page-sizer"
        style={{ width: `${page.trim.w * pxPerPt}px`, height: `${page.trim.h * pxPerPt}px` }}
      >
        <section
          className="large-page"
          data-page={page.number}
          aria-label={t('board.largeLabel', { page: page.number, name: page.name })}
          style={{
            width: `${page.trim.w}pt`,
            height: `${page.trim.h}pt`,
            transform: `scale(${scale})`,
          }}
          onPointerMove={drag.move}
          onPointerUp={drag.end}
          onPointerCancel={drag.cancel}
        >
          {/* Painted once the frame's width is known: SVG text is laid out again at each
              new scale, and a whole page of it is the board's costliest layout. */}
          {width > 0 && (
            <PagePaint
              page={page.display}
              label={t('board.largeLabel', { page: page.number, name: page.name })}
            />
          )}
          {page.modules.map((m) => (
            <ModuleBox
              key={`${m.storyId}-${m.part}`}
              module={m}
              headline={props.headlineOf(m.storyId)}
              selected={props.selected?.storyId === m.storyId && props.selected.part === m.part}
              dragging={drag.drag?.storyId === m.storyId && drag.drag.part === m.part}
              onSelect={() => props.onSelect(m.storyId, m.part)}
              onMoveStart={drag.begin(m, 'move')}
              onResizeStart={drag.begin(m, 'resize')}
              onKey={(key, shift) => {
                const next = nudgeModule(page.grid, m.module, key, shift);
                if (!next) return false;
                if (!sameModule(next, m.module)) props.onCommit(m.storyId, m.part, next, m.module);
                return true;
              }}
            />
          ))}
          {ghost && (
            <div
              className="module-ghost"
              data-ghost
              style={{
                left: `${ghost.x}pt`,
                top: `${ghost.y}pt`,
                width: `${ghost.w}pt`,
                height: `${ghost.h}pt`,
              }}
            >
              {preview && (
                <ModuleBadges
                  linesOver={preview.linesOver}
                  linesUnder={preview.linesUnder}
                  overlaps={preview.overlapsStoryId !== null}
                  preview
                />
              )}
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
