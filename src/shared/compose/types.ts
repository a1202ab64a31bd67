// Input and output of page composition. Inputs are plain data defined here (not the issue
// model's own types), so the board, the CLI and tests can build them; see ARCHITECTURE
// notes in index.ts for how issue/page/placement records map onto them.

import type { StoryDocument, StoryHead } from '../story/elements';
import type {
  BreakToken,
  Story as EngineStory,
  FontKey,
  PlacedLine,
  TypesetSettings,
} from '../typeset';

export type Language = 'zh' | 'en';
export type Priority = 'lead' | 'normal' | 'brief';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The page's trim and grid, all in pt. The grid pitch is the body leading. */
export interface PageGeometry {
  trimWidth: number;
  trimHeight: number;
  /** The trim as the paper states it, in mm: the renderer's @page size uses these. */
  trimWidthMm?: number;
  trimHeightMm?: number;
  margins: Margins;
  columns: number;
  gutter: number;
  leading: number;
}

/** A logo image for the masthead: the asset hash and its width / height. */
export interface LogoAsset {
  asset: string;
  aspectRatio: number;
}

/** What the masthead and folios print, from the paper's settings and the issue. */
export interface PaperFurniture {
  name: string;
  logo?: LogoAsset;
  organ: string;
  publisher: string;
  serial: string;
  language: Language;
  /** ISO YYYY-MM-DD. */
  issueDate: string;
  issueNumber: number;
  pageCount: number;
}

export interface PageInfo {
  number: number;
  name: string;
  editor: string;
  designer: string;
  proofreader: string;
}

/** A module on the body grid: whole columns x whole grid lines, line 0 = below furniture. */
export interface ModuleSpec {
  col: number;
  line: number;
  cols: number;
  lines: number;
}

/** Where a continuation part resumes and whence it came. */
export interface Continuation {
  token: BreakToken;
  fromPage: number;
  /** Part number of this continuation (2 for the first continuation). */
  part: number;
  /** Size of the headline over part 1: the repeated headline is set smaller than this. */
  headlineSize?: number;
}

export interface PlacedStoryInput {
  id: string;
  /** The story as the engine's input; or give `head` + `document` to map it here. */
  story?: EngineStory;
  head?: StoryHead;
  document?: StoryDocument;
  priority: Priority;
  module?: ModuleSpec;
  /** This part ends with a jump to that page; the rest continues there. */
  jumpTo?: number;
  continuation?: Continuation;
}

export interface ComposePageInput {
  geometry: PageGeometry;
  paper: PaperFurniture;
  page: PageInfo;
  stories: PlacedStoryInput[];
  /** Body, caption and headline defaults; `leading` is replaced by the geometry's. */
  settings: TypesetSettings;
}

// ---- Output ----

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Lines of one text box: `lines` are relative to the box origin (x, y on the page). */
export interface TextBox extends Rect {
  lines: PlacedLine[];
}

export type FurnitureKind = 'masthead' | 'folio' | 'jump' | 'continued-headline';

export interface FurnitureBox extends TextBox {
  kind: FurnitureKind;
  /** For jump lines and repeated headlines: the story they belong to. */
  storyId?: string;
}

export interface ImageBox extends Rect {
  asset: string;
  /** Logo (furniture) or a story photo. */
  role: 'logo' | 'photo';
  /** The image's own width ÷ height: it is scaled to cover the box and cropped by it. */
  aspectRatio: number;
  /** A photo's block in its story (its caption lines carry the same block). */
  block?: number;
}

export interface RuleBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  weight: number;
}

/** One story part in one module. Lines and photos are relative to the frame box. */
export interface ComposedModule {
  storyId: string;
  part: number;
  module: ModuleSpec;
  /** The module on the page, in pt. */
  box: Rect;
  /** Where the story text (headline, body, captions) is flowed, in pt on the page. */
  frame: TextBox;
  photos: ImageBox[];
  furniture: FurnitureBox[];
  linesOver: number;
  charsOver: number;
  linesUnder: number;
  /** Where the story continues; null when it ended in this part. */
  breakToken: BreakToken | null;
  jumpTo?: number;
  notes: string[];
}

export interface PageReport {
  overset: { storyId: string; lines: number; chars: number }[];
  emptyLines: number;
  notPlaced: { storyId: string; reason: string }[];
  missingGlyphs: string[];
  notes: string[];
}

export interface ComposedPage {
  number: number;
  geometry: PageGeometry;
  /** The body grid: top of line 0, column width, rows. */
  grid: { top: number; rows: number; columnWidth: number };
  furniture: FurnitureBox[];
  images: ImageBox[];
  rules: RuleBox[];
  modules: ComposedModule[];
  report: PageReport;
  /** Jumps this page sends on: the composer of `toPage` places them. */
  outgoing: { storyId: string; toPage: number; continuation: Continuation }[];
}

export type { FontKey };
