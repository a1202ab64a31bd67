// Import's last step: photo paths read from a file become stored assets. The importer
// loads each image (photoSources lists them with their lines), stores the blob, and hands
// the results here; a path it could not load is reported, never silently dropped.

import type { ImportedDocument, PhotoElement, PhotoRef, StoryDocument } from './elements';

export interface PhotoAsset {
  asset: string;
  width: number;
  height: number;
}

export type ResolvedPhotos =
  | { ok: true; document: StoryDocument }
  | { ok: false; missing: string[] };

export function resolvePhotoRefs(
  document: ImportedDocument,
  assets: ReadonlyMap<string, PhotoAsset>,
): ResolvedPhotos {
  const refs = document.body.filter((block): block is PhotoRef => block.type === 'photo');
  const missing = [...new Set(refs.map((ref) => ref.src).filter((src) => !assets.has(src)))];
  if (missing.length > 0) return { ok: false, missing };
  const body = document.body.map((block) => {
    if (block.type !== 'photo') return block;
    const { asset, width, height } = assets.get(block.src) as PhotoAsset;
    const photo: PhotoElement = {
      type: 'photo',
      asset,
      width,
      height,
      caption: block.caption,
      credit: block.credit,
      children: [{ text: '' }],
    };
    return photo;
  });
  return { ok: true, document: { version: 1, body } };
}
