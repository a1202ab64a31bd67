import type { RenderElementProps } from 'slate-react';
import { PhotoBlock } from './PhotoBlock';

/** How each element of the story document looks in the editor (styles/editor.css). */
export function StoryElementView({ attributes, children, element }: RenderElementProps) {
  switch (element.type) {
    case 'crosshead':
      return (
        <h3 className="ed-crosshead" {...attributes}>
          {children}
        </h3>
      );
    case 'block-quote':
      return (
        <blockquote className="ed-quote" {...attributes}>
          {children}
        </blockquote>
      );
    case 'bulleted-list':
      return (
        <ul className="ed-list" {...attributes}>
          {children}
        </ul>
      );
    case 'numbered-list':
      return (
        <ol className="ed-list" {...attributes}>
          {children}
        </ol>
      );
    case 'list-item':
      return <li {...attributes}>{children}</li>;
    case 'photo':
      return (
        <PhotoBlock attributes={attributes} element={element}>
          {children}
        </PhotoBlock>
      );
    default:
      return (
        <p className="ed-paragraph" {...attributes}>
          {children}
        </p>
      );
  }
}
