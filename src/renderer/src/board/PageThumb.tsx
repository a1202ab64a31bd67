import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisplayRunWire } from '../../../shared/contract/wire/display';
import type { LayoutPage } from '../../../shared/contract/wire/layout-page';
import { storyDropTarget } from './drag-data';

/** A glyph run of the display list as a thin bar: from its first glyph's pen to its last
 * glyph's end, standing on the baseline, as tall as the type's x-height or so. */
function bar(run: DisplayRunWire) {
  const n = run.x.length - 1;
  const from = run.x[0] ?? 0;
  const to = (run.x[n] ?? from) + (run.advance[n] ?? 0);
  return {
    x: from,
    y: run.baseline - run.size * 0.6,
    w: Math.max(0, to - from),
    h: run.size * 0.6,
  };
}

/** The drawing, memoized: an action's reply keeps an unchanged page as the same object. */
const ThumbDrawing = memo(function ThumbDrawing(props: { page: LayoutPage }) {
  const { page } = props;
  const items = page.display.items;
  const runs = items.flatMap((item) => (item.kind === 'line' ? item.runs : []));
  return (
    <svg viewBox={`0 0 ${page.trim.w} ${page.trim.h}`} aria-hidden="true">
      <rect width={page.trim.w} height={page.trim.h} className="thumb-paper" />
      {page.modules.map((m) => (
        <rect
          key={`${m.storyId}-${m.part}`}
          x={m.box.x}
          y={m.box.y}
          width={m.box.w}
          height={m.box.h}
          className={m.linesOver > 0 ? 'thumb-module thumb-over' : 'thumb-module'}
        />
      ))}
      {items.map((item, k) => {
        if (item.kind === 'image' || item.kind === 'box') {
          const r = item.kind === 'image' ? item.clip : item.rect;
          return (
            <rect
              // biome-ignore lint/suspicious/noArrayIndexKey: items are positional
              key={k}
              x={r.x}
              y={r.y}
              width={r.width}
              height={r.height}
              className="thumb-photo"
            />
          );
        }
        if (item.kind === 'rule') {
          return (
            <line
              // biome-ignore lint/suspicious/noArrayIndexKey: items are positional
              key={k}
              x1={item.x1}
              y1={item.y1}
              x2={item.x2}
              y2={item.y2}
              strokeWidth={item.weight}
              className="thumb-rule"
            />
          );
        }
        return null;
      })}
      {runs.map((run, k) => {
        const b = bar(run);
        // biome-ignore lint/suspicious/noArrayIndexKey: bars are positional
        return <rect key={k} x={b.x} y={b.y} width={b.w} height={b.h} className="thumb-line" />;
      })}
    </svg>
  );
});

/** A live thumbnail of one composed page, from its display list (lines as bars, photos and
 * rules where they print) under its modules' boxes; a drop target. */
export function PageThumb(props: {
  page: LayoutPage;
  title: string;
  selected: boolean;
  onSelect: () => void;
  onDropStory: (storyId: number) => void;
}) {
  const { t } = useTranslation();
  const { page } = props;
  const over = page.modules.reduce((n, m) => n + m.linesOver, 0);
  return (
    <button
      type="button"
      className="page-thumb"
      data-page={page.number}
      aria-pressed={props.selected}
      aria-label={t('board.thumbLabel', { page: page.number, name: page.name })}
      onClick={props.onSelect}
      {...storyDropTarget(props.onDropStory)}
    >
      <ThumbDrawing page={page} />
      <span className="thumb-caption">
        {props.title}
        {over > 0 && <span className="badge-over">{t('board.over', { count: over })}</span>}
      </span>
    </button>
  );
}
