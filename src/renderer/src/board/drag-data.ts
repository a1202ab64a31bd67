import type { DragEvent } from 'react';

/** The drag type of a story dragged from the desk list or the board's story list. */
export const STORY_DRAG_TYPE = 'application/x-newsdesk-story';

export function startStoryDrag(event: DragEvent, storyId: number): void {
  event.dataTransfer.setData(STORY_DRAG_TYPE, String(storyId));
  event.dataTransfer.setData('text/plain', String(storyId));
  event.dataTransfer.effectAllowed = 'move';
}

export function isStoryDrag(event: DragEvent): boolean {
  return event.dataTransfer.types.includes(STORY_DRAG_TYPE);
}

/** The dropped story's id, or null when the drop carries none. */
export function droppedStoryId(event: DragEvent): number | null {
  const id = Number(event.dataTransfer.getData(STORY_DRAG_TYPE));
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** Props that make an element a drop target for stories. */
export function storyDropTarget(onStory: (storyId: number) => void) {
  return {
    onDragOver: (event: DragEvent) => {
      if (!isStoryDrag(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
    },
    onDrop: (event: DragEvent) => {
      const id = droppedStoryId(event);
      if (id === null) return;
      event.preventDefault();
      onStory(id);
    },
  };
}
