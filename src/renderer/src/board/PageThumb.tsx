import { useTranslation } from 'react-i18next';
import type { LayoutLine, LayoutPage } from '../../../shared/contract/domains/layout';
import { storyDropTarget } from './drag-data';

/** A line as a thin bar: from its left edge to about where its last glyph ends. */
function bar(line: LayoutLine) {
  const last = line.spans.at(-1);
  const end = last ? last.x + [...last.text].length * (line.size + last.spacing) : line.measure;
  return {
    x: line.x,
    y: line.baseline - line.size * 0.75,
    w: Math.min(end, line.measure),
    h: line.size * 0.6,
  };
}

/** A live thumbnail of one composed page (modules as boxes, lines as bars); a drop target. */
export function PageThumb(props: {
  page: LayoutPage;
  title: string;
  selected: boolean;
  onSelect: () => void;
  onDropStory: (storyId: number) => void;
}) {
  const { t } = useTranslation();
  const { page } = props;
  const lines = [
    ...page.furniture.flatMap((f) => f.lines),
    ...page.modules.flatMap((m) => [...m.lines, ...m.furniture.flatMap((f) => f.lines)]),
  ];
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
        {lines.map((line, k) => {
          const b = bar(line);
          // biome-ignore lint/suspicious/noArrayIndexKey: bars are positional
          return <rect key={k} x={b.x} y={b.y} width={b.w} height={b.h} className="thumb-line" />;
        })}
      </svg>
      <span className="thumb-caption">
        {props.title}
        {over > 0 && <span className="badge-over">{t('board.over', { count: over })}</span>}
      </span>
    </button>
  );
}
