// Input and output of page composition. Inputs are plain data defined here (not the issue
// model's own types), so the board, the CLI and tests can build them; see ARCHITECTURE
// notes in index.ts for how issue/page/placement records map onto them.

import type { CropRect, ModuleControls } from '../model/module-controls';
import type { Language } from '../model/settings';
import type { PRIORITIES } from '../model/story';
import type { StoryDocument } from '../story/elements';
import type { TypesetHead } from '../story/typeset-story';
import type {
  BreakToken,
  Story as EngineStory,
  FontKey,
  PlacedLine,
  TypesetSettings,
} from '../typeset';

export type { Language };
export type Priority = (typeof PRIORITIES)[number];

/** What layout makes of a story: news, a commentary (评论), a brief (简讯), a photo story. */
export const STORY_KINDS = ['news', 'commentary', 'brief', 'photo'] as const;
export type StoryKind = (typeof STORY_KINDS)[number];

/** A story's kind where none is given: a brief by its priority, news otherwise. */
export function kindOf(priority: Priority, kind?: StoryKind): StoryKind {
  return kind ?? (priority === 'brief' ? 'brief' : 'news');
}

/** 栏目 (sections) whose stories are commentary: 评论, 社论, 时评, 言论, opinion, editorial. */
const COMMENTARY_SECTION = /评论|社论|时评|言论|短评|opinion|editorial|commentary/i;

/**
 * The kind of a stored story, from what the story itself says: a brief by its priority
 * (稿件级别 简讯), a commentary by its section (栏目), a photo story when it opens with a
 * photo and has little text (under 300 characters), news otherwise.
 */
export function storyKind(
  priority: Priority,
  section: string,
  story: { blocks: readonly { kind: string; runs?: readonly { text: string }[] }[] },
): StoryKind {
  if (priority === 'brief') return 'brief';
  if (COMMENTARY_SECTION.test(section)) return 'commentary';
  if (story.blocks[0]?.kind === 'photo') {
    let chars = 0;
    for (const b of story.blocks) for (const r of b.runs ?? []) chars += r.text.length;
    if (chars < 300) return 'photo';
  }
  return 'news';
}

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
  /** Volume (English mastheads: "Vol. 12, No. 3,402"); empty or absent for none. */
  volume?: string;
  /** Price or edition line ("$2.00", "City Edition"); empty or absent for none. */
  edition?: string;
  /** Print the lunar date (default: in Chinese only). */
  lunar?: boolean;
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
  head?: TypesetHead;
  document?: StoryDocument;
  priority: Priority;
  /** Layout's kind of story (default: kindOf(priority)). */
  kind?: StoryKind;
  module?: ModuleSpec;
  /** The editor's controls of the story's module (headline, photo, crop, box or rule). */
  controls?: ModuleControls;
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
  lines: readonly PlacedLine[];
}

export const FURNITURE_KINDS = ['masthead', 'folio', 'jump', 'continued-headline'] as const;
export type FurnitureKind = (typeof FURNITURE_KINDS)[number];

export interface FurnitureBox extends TextBox {
  kind: FurnitureKind;
  /** For jump lines and repeated headlines: the story they belong to. */
  storyId?: string;
}

/** What an image on the page is: the masthead's logo (furniture) or a story photo. */
export const IMAGE_ROLES = ['logo', 'photo'] as const;
export type ImageRole = (typeof IMAGE_ROLES)[number];

export interface ImageBox extends Rect {
  asset: string;
  role: ImageRole;
  /** The image's own width ÷ height: it is scaled to cover the box and cropped by it. */
  aspectRatio: number;
  /** A photo's block in its story (its caption lines carry the same block). */
  block?: number;
  /** The part of the image the editor chose to show (fractions of the upright image). */
  crop?: CropRect;
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
