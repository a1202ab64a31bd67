// The store's long-lived typesetting session must never answer for settings it was not
// made with: a body size changed on the settings screen sets the board at the new size.

import { describe, expect, it } from 'vitest';
import { composePage } from '../../shared/compose/compose-page';
import { pageInput, SETTINGS, story } from '../../shared/compose/test-support';
import { TypesetSession } from '../../shared/typeset';
import { syntheticFontSet } from '../../shared/typeset/synthetic-font';
import type { Store } from '../store/store';
import { layoutCache, sessionFor } from './story-cache';

const fonts = syntheticFontSet();
// The same block objects every time, as the store's interned blocks are.
const stories = [{ id: 's', priority: 'lead' as const, story: story('市政府召开常务会议', 900) }];
const at = (bodySize: number) => ({
  ...pageInput(2, stories),
  settings: { ...SETTINGS, bodySize },
});
const bodySizes = (page: ReturnType<typeof composePage>) =>
  new Set(
    page.modules.flatMap((m) =>
      m.frame.lines.filter((l) => l.kind === 'body').map((l) => l.line.size),
    ),
  );

describe('the layout session follows the settings', () => {
  it('composes at the new body size through the same cache holder', () => {
    const cache = layoutCache({} as Store);
    const compose = (bodySize: number) =>
      composePage(at(bodySize), fonts, {
        session: sessionFor(cache, JSON.stringify({ bodySize }), fonts),
      });
    const nine = compose(9);
    const first = cache.session;
    const twelve = compose(12);
    expect(cache.session).not.toBe(first);
    expect(bodySizes(nine)).toEqual(new Set([9]));
    expect(bodySizes(twelve)).toEqual(new Set([12]));
    expect(twelve).toEqual(composePage(at(12), fonts));
    expect(compose(9)).toEqual(nine);
  });

  it('never answers stale even when one session sees both settings', () => {
    const session = new TypesetSession(fonts);
    composePage(at(9), fonts, { session });
    expect(composePage(at(12), fonts, { session })).toEqual(composePage(at(12), fonts));
    expect(composePage(at(9), fonts, { session })).toEqual(composePage(at(9), fonts));
  });
});
