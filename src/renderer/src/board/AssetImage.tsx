import { useEffect, useState } from 'react';
import type { DisplayImageWire } from '../../../shared/contract/wire/display';
import { useTransport } from '../api-context';

type Invoke = ReturnType<typeof useTransport>['invoke'];

/**
 * Images by asset hash, fetched once per board session (asset.get) as blob URLs: a hash names
 * its bytes for good, so an entry never goes stale; a failed fetch is forgotten and retried.
 */
const urls = new Map<string, Promise<string>>();

function assetUrl(invoke: Invoke, hash: string): Promise<string> {
  let url = urls.get(hash);
  if (!url) {
    url = invoke('asset.get', { hash }).then(({ mime, dataBase64 }) => {
      const bytes = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0));
      return URL.createObjectURL(new Blob([bytes], { type: mime }));
    });
    url.catch(() => urls.delete(hash));
    urls.set(hash, url);
  }
  return url;
}

const pt = (r: { x: number; y: number; width: number; height: number }, ox = 0, oy = 0) => ({
  left: `${r.x - ox}pt`,
  top: `${r.y - oy}pt`,
  width: `${r.width}pt`,
  height: `${r.height}pt`,
});

/**
 * A logo or photo of the display list: the whole upright image at its placement, clipped
 * by its box, as the HTML export and the PDF paint it; grey until the bytes arrive.
 */
export function AssetImage(props: { image: DisplayImageWire }) {
  const { image } = props;
  const src = useAssetUrl(image.asset);
  const { clip, place } = image;
  return (
    <div className="photo-box" data-asset={image.asset} data-role={image.role} style={pt(clip)}>
      {src && (
        <img
          className="photo-image"
          src={src}
          alt=""
          draggable={false}
          style={pt(place, clip.x, clip.y)}
        />
      )}
    </div>
  );
}

/** The blob URL of an asset's bytes, or null until they arrive. */
export function useAssetUrl(hash: string): string | null {
  const { invoke } = useTransport();
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setSrc(null);
    assetUrl(invoke, hash).then(
      (url) => live && setSrc(url),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [invoke, hash]);
  return src;
}
