import { ApiError, because, type Handlers } from '../../../shared/contract';
import { type HandlerContext, requireActor, requirePermission } from '../context';
import { putImage } from './put-image';

export const assetHandlers: Handlers<HandlerContext, 'asset.put' | 'asset.get'> = {
  // Whoever may file a story may bring its pictures.
  'asset.put': ({ name, dataBase64 }, ctx) => {
    requirePermission(ctx, 'story.create');
    const { hash, width, height, mime } = putImage(ctx, name, Buffer.from(dataBase64, 'base64'));
    return { hash, width, height, mime };
  },

  'asset.get': ({ hash }, ctx) => {
    requireActor(ctx);
    const asset = ctx.store.assets.get(hash);
    if (!asset) {
      throw new ApiError('not-found', `no image ${hash}`, 'hash', because('image-missing', {}));
    }
    const { mime, width, height, bytes } = asset;
    return { mime, dataBase64: bytes.toString('base64'), width, height };
  },
};
