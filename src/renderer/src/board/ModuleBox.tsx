import type { KeyboardEvent, PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayoutModule } from '../../../shared/contract/domains/layout';
import { AssetImage } from './AssetImage';
import { LinesView } from './LineView';
import { ModuleBadges } from './ModuleBadges';

/**
 * One story part on the large page: its set lines and jump lines where the engine put them,
 * overset / underset badges, and the handles to move and resize it.
 */
export function ModuleBox(props: {
  module: LayoutModule;
  headline: string;
  leading: number;
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
  const origin = { x: m.box.x, y: m.box.y };
  const classes = ['module-box'];
  if (props.selected) classes.push('selected');
  if (props.dragging) classes.push('dragging');
  if (m.linesOver > 0) classes.push('overset');
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
      <LinesView lines={m.lines} leading={props.leading} origin={origin} />
      {m.furniture.map((f, k) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: furniture boxes are positional
        <div key={k} className="module-furniture" data-furniture={f.kind}>
          <LinesView lines={f.lines} leading={props.leading} origin={origin} />
        </div>
      ))}
      {m.photos.map((p) => (
        <AssetImage key={p.asset} image={p} origin={origin} />
      ))}
      <ModuleBadges linesOver={m.linesOver} linesUnder={m.linesUnder} />
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
