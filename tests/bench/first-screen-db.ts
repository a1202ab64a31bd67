/**
 * The database of the first-screen bench: an editor, 24 stories of generated news copy on
 * today's desk and today's issue of four pages with six of them on each, laid out by the
 * engine (layout.auto), so the board opens on four full pages. Written through the desk's
 * handlers, as the app writes.
 */
import { openDesk } from '../../src/main/desk/open-desk';
import { todayDeskDate } from '../../src/renderer/src/lib/dates';
import { seedDatabase } from '../e2e/app-host';
import { prng, story } from './search-corpus';

export const FIRST_SCREEN_EDITOR = '王编辑';
export const PAGES = 4;
const PER_PAGE = 6;

export async function buildFirstScreenDatabase(path: string): Promise<void> {
  const profiles = await seedDatabase(path, [{ name: FIRST_SCREEN_EDITOR, role: 'editor' }]);
  const editor = profiles.find((p) => p.name === FIRST_SCREEN_EDITOR)?.id ?? 0;
  const desk = openDesk({ dbPath: path });
  const call = async (name: string, args: unknown) => {
    const reply = await desk.call(name as never, args as never, { actorId: editor });
    if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
    return reply.result as { id: number };
  };
  try {
    const date = todayDeskDate();
    const random = prng(20261205);
    await call('issue.create', { date });
    for (let i = 0; i < PAGES * PER_PAGE; i++) {
      const s = story(random);
      const created = await call('story.create', {
        fields: { headline: s.headline },
        document: {
          version: 1,
          body: s.paragraphs.map((text) => ({ type: 'paragraph', children: [{ text }] })),
        },
        deskDate: date,
      });
      await call('placement.assign', {
        storyId: created.id,
        date,
        page: 1 + Math.floor(i / PER_PAGE),
      });
    }
    await call('layout.auto', { date });
  } finally {
    desk.close();
  }
}
