// The marker printed before a list item. Chinese papers use ● for bullets and 1. 2. for
// numbered items; the marker is part of the printed text, not of the stored document.

export function listMarker(kind: 'bulleted-list' | 'numbered-list', index: number): string {
  return kind === 'bulleted-list' ? '● ' : `${index + 1}. `;
}
