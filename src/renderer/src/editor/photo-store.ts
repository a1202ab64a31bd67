import { createContext, useContext, useEffect, useState } from 'react';

/** Where the editor stores the images of photo blocks and gets them back. */
export interface PhotoStore {
  /** Stores the file; the asset is its content hash (64 lowercase hex digits). */
  put(file: File): Promise<{ asset: string; width: number; height: number }>;
  /** A URL the page may show (blob: or data:), or null when the image is not available. */
  url(asset: string): Promise<string | null>;
}

/**
 * With no backend (the editor harness): images live in this page only, by SHA-256, as the
 * store names its blobs; after a reload the block shows its placeholder.
 */
export function createLocalPhotoStore(): PhotoStore {
  const urls = new Map<string, string>();
  return {
    async put(file) {
      const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
      const asset = [...new Uint8Array(digest)]
        .map((b) => b.toString(16).padStart(2, '0'))
        .join('');
      const bitmap = await createImageBitmap(file);
      const size = { width: bitmap.width, height: bitmap.height };
      bitmap.close();
      if (!urls.has(asset)) urls.set(asset, URL.createObjectURL(file));
      return { asset, ...size };
    },
    url: async (asset) => urls.get(asset) ?? null,
  };
}

const PhotoStoreContext = createContext<PhotoStore>(createLocalPhotoStore());

export const PhotoStoreProvider = PhotoStoreContext.Provider;

export function usePhotoStore(): PhotoStore {
  return useContext(PhotoStoreContext);
}

/** The image URL of an asset once loaded; null while loading or when it is missing. */
export function usePhotoUrl(asset: string): string | null {
  const store = usePhotoStore();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    store.url(asset).then(
      (found) => live && setUrl(found),
      () => live && setUrl(null),
    );
    return () => {
      live = false;
    };
  }, [store, asset]);
  return url;
}
