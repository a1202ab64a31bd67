import { useEffect, useState } from 'react';
import type { LayoutImage } from '../../../shared/contract/domains/layout';
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

/**
 * A logo or photo where the engine put it, relative to `origin` (pt), filling its composed
 * box as the export does (object-fit: cover); grey until the bytes arrive or when missing.
 */
export function AssetImage(props: { image: LayoutImage; origin: { x: number; y: number } }) {
  const { invoke } = useTransport();
  const { image, origin } = props;
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setSrc(null);
    assetUrl(invoke, image.asset).then(
      (url) => live && setSrc(url),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [invoke, image.asset]);
  const style = {
    left: `${image.box.x - origin.x}pt`,
    top: `${image.box.y - origin.y}pt`,
    width: `${image.box.w}pt`,
    height: `${image.box.h}pt`,
  };
  if (!src) return <div className="photo-box" data-asset={image.asset} style={style} />;
  return (
    <img
      className="photo-box photo-image"
      data-asset={image.asset}
      data-role={image.role}
      src={src}
      alt=""
      draggable={false}
      style={style}
    />
  );
}
