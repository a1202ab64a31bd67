import { z } from 'zod';

/** Largest image the desk stores (30 MB): a full-size camera JPEG fits, a video does not. */
export const MAX_IMAGE_BYTES = 30 * 1024 * 1024;

/** Base64 of `bytes` bytes, padded. */
export const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;

export const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');

export const AssetHash = z.string().regex(/^[0-9a-f]{64}$/, 'hash must be 64 lowercase hex digits');

export const ImageMime = z.enum(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
export type ImageMime = z.infer<typeof ImageMime>;

export const assetApi = {
  /** Stores an image (deduplicated by its sha256); type and size come from the image header. */
  'asset.put': {
    args: z
      .object({
        /** The file name, for messages and the audit log. */
        name: z.string().min(1).max(255),
        /** What the sender believes it is; the header decides. */
        mime: z.string().max(100),
        dataBase64: Base64.max(base64Length(MAX_IMAGE_BYTES) + 4, 'image is over 30 MB'),
      })
      .strict(),
    result: z.object({
      hash: AssetHash,
      width: z.number().int().positive(),
      height: z.number().int().positive(),
      mime: ImageMime,
    }),
  },
  'asset.get': {
    args: z.object({ hash: AssetHash }).strict(),
    result: z.object({
      mime: ImageMime,
      dataBase64: z.string(),
      width: z.number().int().positive(),
      height: z.number().int().positive(),
    }),
  },
} as const;
