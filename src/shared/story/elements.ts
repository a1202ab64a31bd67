// The story document: the body of a story as Slate nodes. The headline stack, byline and
// dateline are plain string fields of the story, edited in their own inputs, not here.

import type { Priority } from '../model/story';

/** A run of body text. Marks are present only when on (`bold: true`), never `false`. */
export interface StoryText {
  text: string;
  bold?: true;
  italic?: true;
}

export type Mark = 'bold' | 'italic';
export const MARKS: readonly Mark[] = ['bold', 'italic'];

export interface ParagraphElement {
  type: 'paragraph';
  children: StoryText[];
}

/** 小标题: bold, on its own line, kept with the next paragraph. */
export interface CrossheadElement {
  type: 'crosshead';
  children: StoryText[];
}

export interface ListItemElement {
  type: 'list-item';
  children: StoryText[];
}

export interface BulletedListElement {
  type: 'bulleted-list';
  children: ListItemElement[];
}

export interface NumberedListElement {
  type: 'numbered-list';
  children: ListItemElement[];
}

/** Quotes hold paragraphs only: no nested quotes, lists or crossheads. */
export interface BlockQuoteElement {
  type: 'block-quote';
  children: ParagraphElement[];
}

/** The one void child every photo has, so Slate can put a cursor on it. */
export type VoidChildren = [{ text: '' }];

/** Fields every photo carries, resolved or not. */
export interface PhotoCaption {
  caption: string;
  /** 摄影/来源 line, e.g. 记者 某某 摄. */
  credit: string;
}

/** A photo in a stored story: the image is a content-addressed blob in the store. */
export interface PhotoElement extends PhotoCaption {
  type: 'photo';
  /** Hash of the image blob (lowercase hex). */
  asset: string;
  /** Pixel size of the image. */
  width: number;
  height: number;
  children: VoidChildren;
}

/**
 * A photo read from a file before import: `src` is the path as written in the file. The
 * importer loads the image and swaps this for a PhotoElement (see resolvePhotoRefs).
 */
export interface PhotoRef extends PhotoCaption {
  type: 'photo';
  src: string;
  children: VoidChildren;
}

export type ListElement = BulletedListElement | NumberedListElement;
export type TextBlockElement = ParagraphElement | CrossheadElement | ListItemElement;

/** A top-level block of the body; `P` is the photo kind (stored or not yet imported). */
export type BodyBlockOf<P> =
  | ParagraphElement
  | CrossheadElement
  | BlockQuoteElement
  | BulletedListElement
  | NumberedListElement
  | P;

export type BodyBlock = BodyBlockOf<PhotoElement>;
export type ImportedBlock = BodyBlockOf<PhotoRef>;

/** Every element Slate sees in the editor. */
export type StoryElement = BodyBlock | ListItemElement;

export interface StoryDocument {
  version: 1;
  body: BodyBlock[];
}

/** A document as read from a .md/.txt file: photos still name their files. */
export interface ImportedDocument {
  version: 1;
  body: ImportedBlock[];
}

/** Either kind of document; the functions that do not care about photos take this. */
export type AnyDocument = StoryDocument | ImportedDocument;
export type AnyBodyBlock = BodyBlock | ImportedBlock;
export type AnyPhoto = PhotoElement | PhotoRef;

/** The plain fields of a story that print around the body (NEWSROOM.md, "A story"). */
export interface StoryHead {
  kicker: string;
  headline: string;
  subhead: string;
  byline: string;
  dateline: string;
  section: string;
  priority: Priority;
}
