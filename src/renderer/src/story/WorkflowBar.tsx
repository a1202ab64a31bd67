import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/contract';
import { FORWARD_MOVES } from '../../../shared/model/shortcuts';
import type { Story } from '../../../shared/model/story';
import { useTransport } from '../api-context';
import { useCommand } from '../lib/commands';
import { errorMessage } from '../lib/error-message';

type Moves = Result<'story.moves'>;

/**
 * The story's status and one button per move this profile may make now. The moves come
 * from story.moves, which reads the pure workflow table (model/workflow.ts).
 */
export function WorkflowBar(props: {
  story: Story;
  disabled: boolean;
  onMoved: (story: Story) => void;
  onError: (message: string) => void;
  /** Runs first (the screen saves pending edits, so the move applies to them too). */
  beforeMove?: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { invoke } = useTransport();
  const [moves, setMoves] = useState<Moves | null>(null);
  const [busy, setBusy] = useState(false);
  const { id, status, version } = props.story;
  // Ctrl+Enter: the move that carries the story forward (交稿, 一审, 二审, 签发), if offered.
  useCommand('advance', () => {
    const forward = moves?.moves.find((m) => (FORWARD_MOVES as readonly string[]).includes(m.name));
    if (forward && !busy && !props.disabled) void move(forward.name, forward.to);
  });

  const load = useCallback(() => {
    invoke('story.moves', { id }).then(setMoves, () => setMoves(null));
  }, [invoke, id]);
  // Again whenever the story's status or version changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: status and version are the trigger
  useEffect(load, [load, status, version]);

  const move = async (name: Moves['moves'][number]['name'], to: Moves['status']) => {
    if (name === 'spike' && !window.confirm(t('workflow.confirmSpike'))) return;
    setBusy(true);
    try {
      await props.beforeMove?.();
      const moved = await invoke('story.transition', {
        id,
        to: name === 'restore' ? 'restore' : to,
      });
      props.onMoved(moved);
    } catch (error) {
      props.onError(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="workflow-bar" aria-label={t('workflow.heading')}>
      <span className={`status-badge status-${status}`} data-testid="story-status">
        {t('workflow.status', { status: t(`status.${status}`) })}
      </span>
      {moves?.moves.map((m) => (
        <button
          key={`${m.name}-${m.to}`}
          type="button"
          className={m.name === 'spike' ? 'quiet-button danger' : 'quiet-button'}
          disabled={busy || props.disabled}
          onClick={() => void move(m.name, m.to)}
        >
          {t(`workflow.moves.${m.name}`)}
        </button>
      ))}
    </section>
  );
}
