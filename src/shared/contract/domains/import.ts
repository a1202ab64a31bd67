import { z } from 'zod';
import { IsoDate, Story } from '../../model/story';
import { Base64, base64Length, MAX_IMAGE_BYTES } from './assets';

export const importApi = {
  /**
   * Files (交稿) one story from a .md, .txt or .docx file (the app's Import menu item, a file dropped
   * on the window, the CLI, the inbox). The story and its pictures are written together or
   * not at all; a bad file is refused with `FILE:LINE: message`.
   */
  'story.import': {
    args: z
      .object({
        /** Its name picks the format (.md, .txt, .docx) and names it in messages. */
        fileName: z.string().min(1).max(1000),
        /** The file; the handler refuses it past its format's size limit with that limit. */
        dataBase64: Base64.max(base64Length(MAX_IMAGE_BYTES) + 4, 'file is over 30 MB'),
        /**
         * The images a .md file names, by the path it gives (or by file name, for files
         * dropped together with it). A .docx carries its own pictures.
         */
        images: z
          .record(
            z.string().min(1).max(1000),
            Base64.max(base64Length(MAX_IMAGE_BYTES) + 4, 'image is over 30 MB'),
          )
          .optional(),
        deskDate: IsoDate.optional(),
        /** Keep the story a draft (草稿); by default it is filed (已交稿), as the docs say. */
        draft: z.boolean().optional(),
      })
      .strict(),
    /** The story, and what the reader did that the importer should know (one line each). */
    result: Story.extend({ notices: z.array(z.string()) }),
  },
} as const;
