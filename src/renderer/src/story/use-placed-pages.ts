import { useEffect, useState } from 'react';
import type { Result } from '../../../shared/contract';
import { useTransport } from '../api-context';

/**
 * The pages a signed-off story sits on (page.ofStory): there an editor may still trim it,
 * which withdraws those pages' approval. Asked only while the story is signed off.
 */
export function usePlacedPages(storyId: number | null, signedOff: boolean) {
  const { invoke } = useTransport();
  const [pages, setPages] = useState<Result<'page.ofStory'>>([]);
  useEffect(() => {
    setPages([]);
    if (storyId === null || !signedOff) return;
    let live = true;
    invoke('page.ofStory', { storyId }).then(
      (found) => live && setPages(found),
      () => live && setPages([]),
    );
    return () => {
      live = false;
    };
  }, [invoke, storyId, signedOff]);
  return pages;
}
