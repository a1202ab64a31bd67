import type { KeyboardEvent, PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayoutModule } from '../../../shared/contract/wire/layout-page';
import { ModuleBadges } from './ModuleBadges';

/**
 * One story part on the large page, over the painted page (PagePaint): its module's box
 * with overset / underset badges, the pin, and the handles to move and resize it.
 */
export function ModuleBox(props: {
  module: LayoutModule;
  headline: string;
  selected: boolean;
  dragging: boolean;
  onSelect: () => void;
  onMoveStart: (event: PointerEvent<HTMLElement>) => void;
  onResizeStart: (event: PointerEvent<HTMLElement>) => void;
  /** Arrow keys (Shift: resize); true when the key was used. */
  onKey: (key: string, shift: boolean) => boolean;
}) {
  const { t } = useTranslation();
  const m = props.module;
  const classes = ['module-box'];
  if (props.selected) classes.push('selected');
  if (props.dragging) classes.push('dragging');
  if (m.linesOver > 0) classes.push('overset');
  if (m.pinned) classes.push('pinned');
  return (
    <article
      className={classes.join(' ')}
      data-story={m.storyId}
      data-part={m.part}
      aria-label={t('board.moduleLabel', { headline: props.headline, part: m.part })}
      style={{
        left: `${m.box.x}pt`,
        top: `${m.box.y}pt`,
        width: `${m.box.w}pt`,
        height: `${m.box.h}pt`,
      }}
      onPointerDown={(event) => {
        props.onSelect();
        props.onMoveStart(event);
      }}
    >
      <ModuleBadges linesOver={m.linesOver} linesUnder={m.linesUnder} />
      {m.pinned && (
        <span
          className="module-pin"
          role="img"
          aria-label={t('board.pinned')}
          title={t('board.pinned')}
        >
          📌
        </span>
      )}
      <button
        type="button"
        className="module-grip"
        aria-label={t('board.keyboardMove', { headline: props.headline })}
        onFocus={props.onSelect}
        onKeyDown={(event: KeyboardEvent) => {
          if (props.onKey(event.key, event.shiftKey)) event.preventDefault();
        }}
      />
      <span
        className="resize-handle"
        role="presentation"
        title={t('board.resize')}
        onPointerDown={(event) => {
          props.onSelect();
          props.onResizeStart(event);
        }}
      />
    </article>
  );
}
