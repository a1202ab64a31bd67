import { type KeyboardEvent, type PointerEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayoutImage, LayoutRect } from '../../../shared/contract/wire/layout-page';
import type { CropRect } from '../../../shared/model/module-controls';
import { useAssetUrl } from './AssetImage';
import { cropOf, panned, zoomed } from './crop-geometry';

/** Width of the crop frame on screen, in CSS px. */
const FRAME_PX = 220;
/** Arrow keys move the image by this share of the frame. */
const KEY_STEP = 0.05;

/**
 * The photo's frame with the whole image behind it, as the page shows it: drag the image
 * (or use the arrow keys) to choose what the frame shows, closer / wider to crop tighter or
 * looser. Saved as a crop rectangle (fractions of the image) when the drag ends.
 */
export function CropEditor(props: {
  photo: LayoutImage;
  busy: boolean;
  onCrop: (crop: CropRect | undefined) => void;
}) {
  const { t } = useTranslation();
  const { photo } = props;
  const box = photo.box;
  const place = photo.place as LayoutRect;
  const src = useAssetUrl(photo.asset);
  const scale = FRAME_PX / box.w;
  const [offset, setOffset] = useState<{ dx: number; dy: number } | null>(null);
  const start = useRef<{ x: number; y: number } | null>(null);
  const shown = panned(box, place, offset?.dx ?? 0, offset?.dy ?? 0);

  const down = (event: PointerEvent<HTMLDivElement>) => {
    if (props.busy) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    start.current = { x: event.clientX, y: event.clientY };
    setOffset({ dx: 0, dy: 0 });
  };
  const move = (event: PointerEvent<HTMLDivElement>) => {
    if (!start.current) return;
    setOffset({
      dx: (event.clientX - start.current.x) / scale,
      dy: (event.clientY - start.current.y) / scale,
    });
  };
  const up = () => {
    if (!start.current) return;
    start.current = null;
    const moved = offset && (Math.abs(offset.dx) > 0.5 || Math.abs(offset.dy) > 0.5);
    if (moved) props.onCrop(cropOf(box, shown));
    else setOffset(null);
  };
  const key = (event: KeyboardEvent<HTMLDivElement>) => {
    const steps: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
    };
    const step = steps[event.key];
    if (!step || props.busy) return;
    event.preventDefault();
    props.onCrop(
      cropOf(box, panned(box, place, step[0] * KEY_STEP * box.w, step[1] * KEY_STEP * box.h)),
    );
  };

  return (
    <span className="crop-editor">
      <span className="muted">{t('controls.crop')}</span>
      <div
        className="crop-frame"
        role="slider"
        tabIndex={0}
        aria-label={t('controls.cropFrame')}
        aria-valuenow={Math.round((photo.crop?.x ?? 0) * 100)}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuetext={photo.crop ? cropText(photo.crop) : t('controls.resetCrop')}
        data-crop-frame
        style={{ width: `${FRAME_PX}px`, height: `${box.h * scale}px` }}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={() => {
          start.current = null;
          setOffset(null);
        }}
        onKeyDown={key}
      >
        {src && (
          <img
            src={src}
            alt=""
            draggable={false}
            style={{
              left: `${(shown.x - box.x) * scale}px`,
              top: `${(shown.y - box.y) * scale}px`,
              width: `${shown.w * scale}px`,
              height: `${shown.h * scale}px`,
            }}
          />
        )}
      </div>
      <button
        type="button"
        className="quiet-button"
        disabled={props.busy}
        onClick={() => props.onCrop(cropOf(box, zoomed(box, place, 1.25)))}
      >
        {t('controls.zoomIn')}
      </button>
      <button
        type="button"
        className="quiet-button"
        disabled={props.busy}
        onClick={() => props.onCrop(cropOf(box, zoomed(box, place, 0.8)))}
      >
        {t('controls.zoomOut')}
      </button>
      <button
        type="button"
        className="quiet-button"
        disabled={props.busy || !photo.crop}
        onClick={() => props.onCrop(undefined)}
      >
        {t('controls.resetCrop')}
      </button>
    </span>
  );
}

const pct = (n: number) => `${Math.round(n * 100)}%`;
function cropText(c: CropRect): string {
  return `${pct(c.x)} ${pct(c.y)} ${pct(c.width)} × ${pct(c.height)}`;
}
