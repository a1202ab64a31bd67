import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayoutModule, LayoutPage } from '../../../shared/contract/wire/layout-page';
import {
  type CropRect,
  HEADLINE_LINES_MAX,
  HEADLINE_WEIGHTS,
  type HeadlineWeight,
  MODULE_FRAMES,
  type ModuleControls,
  type ModuleFrame,
  PHOTO_PLACES,
  type PhotoPlace,
  type PullQuoteChoice,
} from '../../../shared/model/module-controls';
import { CropEditor } from './CropEditor';

/** Headline sizes offered, in pt (号 sizes and the usual banner steps). */
const SIZES = [12, 14, 16, 18, 20, 22, 24, 28, 30, 32, 36, 40, 44, 48, 56, 64, 72];

type Option = { value: string; label: string };

function Choice(props: {
  label: string;
  value: string;
  options: Option[];
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <span className="field-inline">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        disabled={props.disabled}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}

/**
 * The selected module's setting (issue 12, point 6): headline size, weight and lines, the
 * photo's width, place and crop, a box or rules round it. Each change is saved at once as
 * the whole set of controls (undoable) and pins the module.
 */
export function ModuleInspector(props: {
  module: LayoutModule;
  grid: LayoutPage['grid'];
  busy: boolean;
  /** The new set, and the set and pin it replaces (for undo), pending changes included. */
  onChange: (next: ModuleControls, previous: ModuleControls, wasPinned: boolean) => void;
}) {
  const { t } = useTranslation();
  const m = props.module;
  // The set last sent, until the recomposed page shows it: a second change made before the
  // page comes back builds on the first instead of dropping it. Once shown it is done with,
  // so an undo back to the set it replaced shows that set, not the one sent.
  const shown = keyOf(m.storyId, m.controls ?? {});
  const [sent, setSent] = useState<{ over: string; controls: ModuleControls } | null>(null);
  const arrived = sent !== null && shown === keyOf(m.storyId, sent.controls);
  useEffect(() => {
    if (arrived) setSent(null);
  }, [arrived]);
  const pending = sent !== null && !arrived && sent.over === shown;
  const controls = pending ? sent.controls : (m.controls ?? {});
  const set = <K extends keyof ModuleControls>(key: K, value: ModuleControls[K] | undefined) => {
    const next: ModuleControls = { ...controls };
    if (value === undefined) delete next[key];
    else next[key] = value;
    setSent({ over: shown, controls: next });
    // A change still on its way has pinned the module already (layout.setControls pins).
    props.onChange(next, controls, pending || m.pinned);
  };
  const auto = (current?: string): Option => ({
    value: '',
    label: current ? `${t('controls.auto')}（${current}）` : t('controls.auto'),
  });
  const headline = m.lines.filter((l) => l.kind === 'headline');
  const size = headline[0]?.size;
  const photo = m.photos[0];
  const quoted = m.lines.some((l) => l.kind === 'pullquote');
  const { columnWidth, gutter } = props.grid;
  const photoCols = photo ? Math.round((photo.box.w + gutter) / (columnWidth + gutter)) : 0;
  const numbers = (n: number) => Array.from({ length: n }, (_, k) => k + 1);

  return (
    <section className="module-inspector" aria-label={t('controls.heading')}>
      <Choice
        label={t('controls.headlineSize')}
        value={controls.headlineSize === undefined ? '' : String(controls.headlineSize)}
        disabled={props.busy || headline.length === 0}
        options={[
          auto(size ? t('controls.points', { size }) : undefined),
          ...sizesWith(controls.headlineSize).map((s) => ({
            value: String(s),
            label: t('controls.points', { size: s }),
          })),
        ]}
        onChange={(v) => set('headlineSize', v === '' ? undefined : Number(v))}
      />
      <Choice
        label={t('controls.headlineWeight')}
        value={controls.headlineWeight ?? ''}
        disabled={props.busy || headline.length === 0}
        options={[
          auto(t('controls.bold')),
          ...HEADLINE_WEIGHTS.map((w) => ({ value: w, label: t(`controls.${w}`) })),
        ]}
        onChange={(v) => set('headlineWeight', v === '' ? undefined : (v as HeadlineWeight))}
      />
      <Choice
        label={t('controls.headlineLines')}
        value={controls.headlineLines === undefined ? '' : String(controls.headlineLines)}
        disabled={props.busy || headline.length === 0}
        options={[
          auto(headline.length > 0 ? t('controls.linesN', { count: headline.length }) : undefined),
          ...numbers(HEADLINE_LINES_MAX).map((n) => ({
            value: String(n),
            label: t('controls.linesN', { count: n }),
          })),
        ]}
        onChange={(v) => set('headlineLines', v === '' ? undefined : Number(v))}
      />
      {photo && (
        <>
          <Choice
            label={t('controls.photoColumns')}
            value={controls.photoColumns === undefined ? '' : String(controls.photoColumns)}
            disabled={props.busy}
            options={[
              auto(t('controls.columnsN', { count: photoCols })),
              ...numbers(m.module.cols).map((n) => ({
                value: String(n),
                label: t('controls.columnsN', { count: n }),
              })),
            ]}
            onChange={(v) => set('photoColumns', v === '' ? undefined : Number(v))}
          />
          <Choice
            label={t('controls.photoPlace')}
            value={controls.photoPlace ?? ''}
            disabled={props.busy}
            options={[
              auto(),
              ...PHOTO_PLACES.map((p) => ({ value: p, label: t(`controls.${p}`) })),
            ]}
            onChange={(v) => set('photoPlace', v === '' ? undefined : (v as PhotoPlace))}
          />
        </>
      )}
      <Choice
        label={t('controls.frame')}
        value={controls.frame ?? ''}
        disabled={props.busy}
        options={[auto(), ...MODULE_FRAMES.map((f) => ({ value: f, label: t(`controls.${f}`) }))]}
        onChange={(v) => set('frame', v === '' ? undefined : (v as ModuleFrame))}
      />
      <Choice
        label={t('controls.pullQuote')}
        value={controls.pullQuote ?? ''}
        disabled={props.busy}
        options={[
          auto(t(quoted ? 'controls.pullQuoteShown' : 'controls.pullQuoteNone')),
          { value: 'off', label: t('controls.pullQuoteOff') },
        ]}
        onChange={(v) => set('pullQuote', v === '' ? undefined : (v as PullQuoteChoice))}
      />
      {photo?.place && (
        <CropEditor
          key={JSON.stringify(photo.place)}
          photo={photo}
          busy={props.busy}
          onCrop={(crop: CropRect | undefined) => set('crop', crop)}
        />
      )}
      <span className="muted">{t('controls.pinnedNote')}</span>
    </section>
  );
}

/** A module's controls as one string, whatever order their keys came in. */
function keyOf(storyId: number, controls: ModuleControls): string {
  const entries = Object.entries(controls).sort(([a], [b]) => a.localeCompare(b));
  return `${storyId}:${JSON.stringify(entries)}`;
}

/** The offered sizes, with the one set now when it is not among them. */
function sizesWith(current: number | undefined): number[] {
  return current === undefined || SIZES.includes(current)
    ? SIZES
    : [...SIZES, current].sort((a, b) => a - b);
}
