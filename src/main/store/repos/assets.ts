import type { ImageMime } from '../../../shared/contract/domains/asset';
import type { Db } from '../open-database';

/** What is known about a stored image without its bytes. */
export interface AssetMeta {
  hash: string;
  mime: ImageMime;
  width: number;
  height: number;
}

export interface Asset extends AssetMeta {
  bytes: Buffer;
}

/** Images as content-addressed blobs: the hash is the key, so storing one twice is a no-op. */
export function createAssetsRepo(db: Db) {
  const insert = db.prepare(`INSERT INTO assets (hash, mime, width, height, bytes, created_at)
    VALUES (@hash, @mime, @width, @height, @bytes, @at) ON CONFLICT(hash) DO NOTHING`);
  const byHash = db.prepare<[string], Asset>(
    'SELECT hash, mime, width, height, bytes FROM assets WHERE hash = ?',
  );
  const metaByHash = db.prepare<[string], AssetMeta>(
    'SELECT hash, mime, width, height FROM assets WHERE hash = ?',
  );
  return {
    /** Stores the blob unless it is there already; true when it was new. */
    put(asset: Asset, at: string): boolean {
      return insert.run({ ...asset, at }).changes > 0;
    },
    get(hash: string): Asset | undefined {
      return byHash.get(hash);
    },
    meta(hash: string): AssetMeta | undefined {
      return metaByHash.get(hash);
    },
  };
}
export type AssetsRepo = ReturnType<typeof createAssetsRepo>;
