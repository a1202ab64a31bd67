import { type ReactNode, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../styles/board-controls.css';

const PX_PER_PT = 96 / 72;
/** Zoom levels offered beside fit-page and fit-width (1 = the page's own size). */
const LEVELS = [0.25, 0.5, 0.75, 1, 1.5, 2];
/** Room kept below a fitted page, CSS px (the frame's border and a little air). */
const FIT_MARGIN = 16;

export type Zoom = 'page' | 'width' | number;

function useViewportHeight(): number {
  const [height, setHeight] = useState(() => window.innerHeight);
  useEffect(() => {
    const resized = () => setHeight(window.innerHeight);
    window.addEventListener('resize', resized);
    return () => window.removeEventListener('resize', resized);
  }, []);
  return height;
}

/** The large page's width in CSS px at a zoom (null: the column's width). */
export function zoomWidth(zoom: Zoom, trim: { w: number; h: number }, viewportHeight: number) {
  if (zoom === 'width') return null;
  if (zoom === 'page') return Math.max(120, ((viewportHeight - FIT_MARGIN) * trim.w) / trim.h);
  return trim.w * PX_PER_PT * zoom;
}

/**
 * The large page at a zoom: the whole page in the window's height (整版, the default), the
 * column's width, or a share of its own size; wider than the column, it scrolls.
 */
export function ZoomFrame(props: { trim: { w: number; h: number }; children: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const [zoom, setZoom] = useState<Zoom>('page');
  const width = zoomWidth(zoom, props.trim, useViewportHeight());
  return (
    <div className="zoom-frame">
      <span className="field-inline zoom-choice">
        <label htmlFor={id}>{t('controls.zoom')}</label>
        <select
          id={id}
          value={String(zoom)}
          onChange={(event) => {
            const v = event.target.value;
            setZoom(v === 'page' || v === 'width' ? v : Number(v));
          }}
        >
          <option value="page">{t('controls.fitPage')}</option>
          <option value="width">{t('controls.fitWidth')}</option>
          {LEVELS.map((z) => (
            <option key={z} value={String(z)}>
              {t('controls.percent', { percent: Math.round(z * 100) })}
            </option>
          ))}
        </select>
      </span>
      <div className="zoom-scroll" data-zoom={String(zoom)}>
        <div className="zoom-sizer" style={{ width: width === null ? '100%' : `${width}px` }}>
          {props.children}
        </div>
      </div>
    </div>
  );
}
