import { createHash } from 'node:crypto';
import { ApiError, because } from '../../../shared/contract';
import { MAX_IMAGE_BYTES } from '../../../shared/contract/domains/asset';
import { warmPrintPhoto } from '../../export/warm-print-photo';
import type { HandlerContext } from '../context';
import { type ImageHeader, readImageHeader } from './image-header';

export interface StoredImage extends ImageHeader {
  hash: string;
}

/** Why an image is refused, or null; `name` is how the caller knows the file. */
export function imageProblem(name: string, bytes: Uint8Array): string | null {
  if (bytes.length > MAX_IMAGE_BYTES) {
    return `${name} is ${megabytes(bytes.length)}, over the 30 MB limit for an image`;
  }
  if (!readImageHeader(bytes)) return `${name} is not a PNG, JPEG, GIF or WebP image`;
  return null;
}

/**
 * Stores an image as a content-addressed blob inside the caller's transaction. The same
 * bytes twice are one row; a new one is audited.
 */
export function putImage(ctx: HandlerContext, name: string, bytes: Uint8Array): StoredImage {
  const problem = imageProblem(name, bytes);
  const header = readImageHeader(bytes);
  if (problem || !header) {
    const why = because('not-an-image', { name });
    throw new ApiError('refused', problem ?? `${name}: not an image`, undefined, why);
  }
  const hash = createHash('sha256').update(bytes).digest('hex');
  const fresh = ctx.store.assets.put({ hash, ...header, bytes: Buffer.from(bytes) }, ctx.now);
  if (fresh) {
    ctx.audit('asset.put', `asset:${hash}`, `${name} (${header.width}×${header.height})`);
    warmPrintPhoto(ctx.dbPath, hash, header.mime, bytes, ctx.store.settings.all()['print.colour']);
  }
  return { hash, ...header };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
