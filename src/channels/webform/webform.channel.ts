/** The web form as a channel: routes only; the citizen gets the reference in the answer, so nothing is sent back. */
import { MediaFetchError, type Channel } from '../channel.js';
import { readMedia, type MediaPlace } from '../../media/media.store.js';
import { webformPhotoRoutes } from './webform-photo.routes.js';
import { webformRoutes } from './webform.routes.js';

const PHOTO_ID = /^web:([0-9a-f]{64})$/;

/** `media`: where the form's photos were kept on upload (folder or bucket); the attachment worker fetches them from there. */
export function createWebformChannel(media?: MediaPlace): Channel {
  return {
    name: 'web',
    routes: ({ ctx }) =>
      async (app) => {
        await app.register(webformRoutes(ctx));
        await app.register(webformPhotoRoutes(ctx));
      },
    async fetchMedia(mediaId) {
      const sha = PHOTO_ID.exec(mediaId)?.[1];
      if (!sha || !media) throw new MediaFetchError('permanent', 'BAD_MEDIA_ID');
      try {
        return { bytes: await readMedia(media, sha), mime: undefined };
      } catch {
        throw new MediaFetchError('permanent', 'PHOTO_NOT_UPLOADED');
      }
    },
  };
}
