import { z } from 'zod';
import { Story, StoryStatus } from '../../model/story';
import { MOVE_NAMES } from '../../model/workflow';
import { Id } from './common';

const MoveName = z.enum(MOVE_NAMES);

export const workflowApi = {
  /**
   * Moves a story through the workflow (model/workflow.ts). `to` is a status, or 'restore'
   * for a spiked story (it returns to the status it had before the spike).
   */
  'story.transition': {
    args: z
      .object({
        id: Id,
        to: z.union([StoryStatus, z.literal('restore')]),
        note: z.string().max(500, 'note is longer than 500 characters').optional(),
      })
      .strict(),
    result: Story,
  },
  /** The moves the acting profile may make on a story now (what the UI offers). */
  'story.moves': {
    args: z.object({ id: Id }).strict(),
    result: z.object({
      status: StoryStatus,
      spikedFrom: StoryStatus.nullable(),
      moves: z.array(z.object({ name: MoveName, to: StoryStatus })),
    }),
  },
} as const;
