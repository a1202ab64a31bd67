// Who files a story dropped in the inbox: the profile the file names as its writer.

import type { Profile } from '../../shared/model/profile';
import type { Desk } from '../desk/types';
import { ImportError } from './import-error';
import type { ReadStory } from './read-story-file';

const HOW: Record<ReadStory['format'], string> = {
  md: 'add "author: NAME" (your profile name) to the front matter',
  txt: 'a .txt file cannot name one; send a .md file with "author: NAME" in its front matter',
  docx: "set the document's Author property (File › Info › Author) to your profile name",
};

/** The profile the story is filed as; an ImportError when the file names none or no one known. */
export async function inboxAuthor(desk: Desk, name: string, story: ReadStory): Promise<Profile> {
  if (!story.author) {
    const message = `no author: the inbox files a story as the profile it names; ${HOW[story.format]}`;
    throw new ImportError(name, story.format === 'docx' ? { message } : { line: 1, message });
  }
  // The inbox is this machine's own folder: it looks the name up in-process, signed in as nobody.
  const profile = desk.people.byName(story.author);
  if (!profile) {
    const problem = { message: `author ${story.author} is not a profile on this desk` };
    throw new ImportError(
      name,
      story.authorLine ? { ...problem, line: story.authorLine } : problem,
    );
  }
  return profile;
}
