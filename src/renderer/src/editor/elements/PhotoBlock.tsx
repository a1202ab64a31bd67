import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type RenderElementProps,
  useFocused,
  useReadOnly,
  useSelected,
  useSlateStatic,
} from 'slate-react';
import type { PhotoElement } from '../../../../shared/story/elements';
import type { StoryReactEditor } from '../create-story-editor';
import { usePhotoUrl } from '../photo-store';
import { setPhotoText } from '../transforms/set-photo-text';

/**
 * A photo (void): the image when this session has it, else a placeholder; caption (图为……)
 * and credit are edited in their own inputs inside the block.
 */
export function PhotoBlock(props: {
  attributes: RenderElementProps['attributes'];
  element: PhotoElement;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const editor = useSlateStatic() as StoryReactEditor;
  const selected = useSelected();
  const focused = useFocused();
  const readOnly = useReadOnly();
  const { element } = props;
  const url = usePhotoUrl(element.asset);
  return (
    <figure
      {...props.attributes}
      className={`ed-photo${selected && focused ? ' is-selected' : ''}`}
      data-asset={element.asset}
    >
      <div contentEditable={false} className="ed-photo-body">
        {url ? (
          <img src={url} alt={element.caption} width={element.width} height={element.height} />
        ) : (
          <div className="ed-photo-placeholder" role="img" aria-label={element.caption}>
            {t('editor.photoPlaceholder', { width: element.width, height: element.height })}
          </div>
        )}
        <figcaption>
          <input
            className="ed-photo-caption"
            aria-label={t('editor.photoCaption')}
            placeholder={t('editor.photoCaptionHint')}
            value={element.caption}
            readOnly={readOnly}
            onChange={(event) => setPhotoText(editor, element, { caption: event.target.value })}
          />
          <input
            className="ed-photo-credit"
            aria-label={t('editor.photoCredit')}
            placeholder={t('editor.photoCreditHint')}
            value={element.credit}
            readOnly={readOnly}
            onChange={(event) => setPhotoText(editor, element, { credit: event.target.value })}
          />
        </figcaption>
      </div>
      {props.children}
    </figure>
  );
}
