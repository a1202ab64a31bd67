import type { Invoke } from '../../../shared/contract';
import type { PhotoStore } from '../editor/photo-store';

/** Photo blocks' images through the API: asset.put stores (by hash), asset.get reads. */
export function createTransportPhotoStore(invoke: Invoke): PhotoStore {
  const urls = new Map<string, Promise<string | null>>();
  return {
    async put(file) {
      const dataBase64 = await base64Of(file);
      const stored = await invoke('asset.put', { name: file.name, mime: file.type, dataBase64 });
      urls.set(stored.hash, Promise.resolve(`data:${stored.mime};base64,${dataBase64}`));
      return { asset: stored.hash, width: stored.width, height: stored.height };
    },
    url(asset) {
      let found = urls.get(asset);
      if (!found) {
        found = invoke('asset.get', { hash: asset }).then(
          (image) => `data:${image.mime};base64,${image.dataBase64}`,
          () => null,
        );
        urls.set(asset, found);
      }
      return found;
    },
  };
}

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('cannot read the file'));
    reader.readAsDataURL(file);
  });
}
