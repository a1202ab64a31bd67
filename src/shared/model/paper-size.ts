import {
  isPageSizePreset,
  PAGE_SIZE_PRESET_NAMES,
  PAGE_SIZE_PRESETS,
  type PageSizePreset,
  type PaperSize,
} from './issue';
import { DEFAULT_SETTINGS, type Settings } from './settings';

const PT_PER_MM = 72 / 25.4;
const CUSTOM = /^(\d{2,4}(?:\.\d)?)x(\d{2,4}(?:\.\d)?)mm$/;

/** Only the settings a paper has set: an absent key follows the page size's house default. */
export type PaperSettings = Partial<
  Pick<Settings, 'page.size' | 'page.columns' | 'page.margins' | 'page.gutter'>
>;

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The page as the settings describe it: trim in mm and pt, margins, columns, gutter, the type
 * area (版心) and one column's width. Columns and margins follow the size (8 columns on a
 * broadsheet, 6 on a tabloid) unless set. Pass only explicitly set keys: a settings map with
 * defaults filled in would pin a tabloid to the broadsheet's 8 columns.
 * Throws a RangeError naming the setting when margins or gutters leave no room.
 */
export function paperSize(settings: PaperSettings): PaperSize {
  const { size, widthMm, heightMm, preset } = trim(settings['page.size'] ?? 'broadsheet');
  const house = PAGE_SIZE_PRESETS[preset];
  const margins = parseMargins(settings['page.margins'] ?? house.margins);
  const columns = settings['page.columns'] ?? house.columns;
  const gutterMm = settings['page.gutter'] ?? DEFAULT_SETTINGS['page.gutter'];
  const typeArea = {
    width: round2(widthMm - margins.left - margins.right),
    height: round2(heightMm - margins.top - margins.bottom),
  };
  if (typeArea.width <= 0 || typeArea.height <= 0) {
    throw new RangeError(`page.margins: leave no type area on a ${widthMm} × ${heightMm} mm page`);
  }
  const columnWidthMm = round2((typeArea.width - (columns - 1) * gutterMm) / columns);
  if (columnWidthMm <= 0) {
    throw new RangeError(`page.gutter: ${columns} columns do not fit ${typeArea.width} mm`);
  }
  return {
    size,
    widthMm,
    heightMm,
    widthPt: round2(widthMm * PT_PER_MM),
    heightPt: round2(heightMm * PT_PER_MM),
    margins,
    columns,
    gutterMm,
    typeAreaMm: typeArea,
    columnWidthMm,
  };
}

/** Columns and margins a paper of this page.size has until it sets its own (a size that
 * does not parse reads as a broadsheet's). */
export function houseDefaults(pageSize: string): Pick<Settings, 'page.columns' | 'page.margins'> {
  let preset: PageSizePreset = 'broadsheet';
  try {
    preset = trim(pageSize).preset;
  } catch {
    // a bad stored size is refused where the paper is laid out, with its own message
  }
  const house = PAGE_SIZE_PRESETS[preset];
  return { 'page.columns': house.columns, 'page.margins': house.margins };
}

/** A preset, or `WxHmm`; a custom size takes the house defaults of the nearer preset width. */
function trim(value: string) {
  if (isPageSizePreset(value)) {
    const { widthMm, heightMm } = PAGE_SIZE_PRESETS[value];
    return { size: value, widthMm, heightMm, preset: value } as const;
  }
  const match = CUSTOM.exec(value);
  if (!match) {
    throw new RangeError(
      `page.size: ${value} is not ${PAGE_SIZE_PRESET_NAMES.join(', ')} or WxHmm`,
    );
  }
  const widthMm = Number(match[1]);
  const heightMm = Number(match[2]);
  const middle = (PAGE_SIZE_PRESETS.broadsheet.widthMm + PAGE_SIZE_PRESETS.tabloid.widthMm) / 2;
  const preset: PageSizePreset = widthMm >= middle ? 'broadsheet' : 'tabloid';
  return { size: 'custom', widthMm, heightMm, preset } as const;
}

/** CSS order in mm: `all`, `vertical horizontal`, `top horizontal bottom`, or all four. */
export function parseMargins(text: string): PaperSize['margins'] {
  const n = text.trim().split(/\s+/).map(Number);
  if (n.length < 1 || n.length > 4 || n.some((v) => !Number.isFinite(v) || v < 0)) {
    throw new RangeError(`page.margins: ${text} is not 1 to 4 sizes in mm`);
  }
  const [top, right = top, bottom = top, left = right] = n as [number, ...number[]];
  return { top, right, bottom, left };
}
