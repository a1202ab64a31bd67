import {
  type ClipboardEvent,
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';
import { flushSync } from 'react-dom';
import type { Descendant, Selection } from 'slate';
import { Editable, ReactEditor, Slate } from 'slate-react';
import type { BodyBlock } from '../../../shared/story/elements';
import { normalizeDocument } from '../../../shared/story/normalize-document';
import type { CountedFields } from '../../../shared/story/story-chars';
import type { TypingStyle } from '../../../shared/text/smart-quotes';
import { BodyChunk, ChunkMounterContext } from './BodyChunk';
import { CharCount } from './CharCount';
import { ChunkMounter } from './chunk-mounter';
import { createStoryEditor, DEFAULT_TYPING } from './create-story-editor';
import { StoryElementView } from './elements/StoryElementView';
import { StoryLeaf } from './elements/StoryLeaf';
import { startNewHistoryBatch } from './history-batches';
import { commandFor } from './hotkeys';
import { InsertPhoto } from './InsertPhoto';
import { runCommand } from './run-command';
import { syncDomSelection } from './sync-dom-selection';
import { Toolbar } from './Toolbar';

/**
 * React DOM, before every commit while an editable element has the focus, walks all of it to
 * note the selection as character offsets (to put it back if the commit moves the focus):
 * with the editor focused that is every node of the story, at every key press. It asks only
 * `element.contentEditable`, which nothing else reads (the browser edits by the attribute,
 * Slate matches the attribute): shadowed on the body's element, the walk is skipped; Slate
 * puts the selection back itself.
 */
function skipReactSelectionWalk(element: HTMLDivElement | null): void {
  if (!element || Object.hasOwn(element, 'contentEditable')) return;
  Object.defineProperty(element, 'contentEditable', {
    configurable: true,
    get: () => 'inherit',
    set: (value: string) => element.setAttribute('contenteditable', value),
  });
}

/** Keys whose default action may reach past the view: select all, page and story moves. */
function reachesPastView(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return true;
  return ['PageUp', 'PageDown', 'ArrowUp', 'ArrowDown'].includes(event.key);
}

export interface StoryEditorProps {
  /** The body as loaded; later changes to it are not pushed in (remount with a new key). */
  value: BodyBlock[];
  /** Every change of the body's content (not of the selection). */
  onChange: (body: BodyBlock[]) => void;
  readOnly?: boolean;
  /** id of the element that names the editor (the form's "正文" label). */
  labelledBy?: string;
  placeholder?: string;
  /** The headline stack and dateline, counted with the body when given. */
  head?: CountedFields;
  /** 本稿需 N 字: the count then shows 超/差 N 字 against it. */
  target?: number | null | undefined;
  /** Beside the count: the story screen's copyfit and target length. */
  status?: ReactNode;
  /** Every change of the selection (the test harness mirrors it). */
  onSelectionChange?: (selection: Selection) => void;
  /** The paper's curly quotes and dashes, typed and pasted (defaults: on, em dash). */
  typing?: TypingStyle | undefined;
}

/**
 * The story body in Slate: toolbar, shortcuts, undo/redo, live count. Independent of the
 * transport: value in, changes out.
 */
export function StoryEditor(props: StoryEditorProps) {
  // Read at each keystroke and paste, so a changed setting applies without a remount.
  const typing = useRef(props.typing ?? DEFAULT_TYPING);
  typing.current = props.typing ?? DEFAULT_TYPING;
  const [editor] = useState(() => createStoryEditor(() => typing.current));
  const [initial] = useState(() => normalizeDocument({ version: 1, body: props.value }).body);
  const [body, setBody] = useState<BodyBlock[]>(initial);
  const [mounter] = useState(() => new ChunkMounter());
  useEffect(() => {
    mounter.open();
    return () => mounter.close();
  }, [mounter]);
  const { onChange } = props;
  const readOnly = props.readOnly ?? false;

  const change = useCallback(
    (value: Descendant[]) => {
      const next = value as BodyBlock[];
      setBody(next);
      onChange(next);
    },
    [onChange],
  );

  // Before the browser acts on the key or the paste, the whole story is in the DOM.
  const showAllNow = () => {
    if (mounter.pending) flushSync(() => mounter.showAll());
  };

  const keyDown = (event: KeyboardEvent) => {
    if (reachesPastView(event)) showAllNow();
    const command = commandFor(event);
    if (!command) return;
    event.preventDefault();
    syncDomSelection(editor);
    runCommand(editor, command);
  };

  // Handled here rather than through beforeinput so every paste (and a dispatched one in the
  // tests) takes the same sanitizing path: withHtmlPaste's insertData.
  const paste = (event: ClipboardEvent) => {
    event.preventDefault();
    showAllNow();
    if (!readOnly) ReactEditor.insertData(editor, event.clipboardData);
    return true;
  };

  return (
    <div className={`story-editor${readOnly ? ' is-read-only' : ''}`}>
      <Slate
        editor={editor}
        initialValue={initial}
        onChange={() => mounter.showFor(editor.selection, editor.children)}
        onValueChange={change}
        onSelectionChange={props.onSelectionChange}
      >
        <Toolbar disabled={readOnly} extra={<InsertPhoto disabled={readOnly} />} />
        <ChunkMounterContext.Provider value={mounter}>
          <Editable
            ref={skipReactSelectionWalk}
            className="ed-body"
            aria-labelledby={props.labelledBy}
            aria-multiline="true"
            role="textbox"
            readOnly={readOnly}
            placeholder={props.placeholder}
            renderElement={StoryElementView}
            renderLeaf={StoryLeaf}
            renderChunk={BodyChunk}
            onKeyDown={keyDown}
            onPaste={paste}
            onCompositionStart={() => startNewHistoryBatch(editor)}
            spellCheck={false}
          />
        </ChunkMounterContext.Provider>
        <div className="ed-status">
          {props.status}
          <CharCount body={body} head={props.head} target={props.target} />
        </div>
      </Slate>
    </div>
  );
}
