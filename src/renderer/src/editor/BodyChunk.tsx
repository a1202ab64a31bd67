import {
  createContext,
  isValidElement,
  type ReactNode,
  useContext,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import type { Node } from 'slate';
import type { RenderChunkProps } from 'slate-react';
import type { ChunkMounter } from './chunk-mounter';

export const ChunkMounterContext = createContext<ChunkMounter | null>(null);

/**
 * The blocks of a lowest chunk, read from the element Slate passes as its children (its
 * `ancestor` is the chunk; slate-react 0.146). Null when that shape is not there: the chunk
 * then always renders, as it would without a mounter.
 */
export function chunkBlocks(children: ReactNode): Node[] | null {
  if (!isValidElement(children)) return null;
  const ancestor = (children.props as { ancestor?: { children?: unknown } }).ancestor;
  if (!ancestor || !Array.isArray(ancestor.children)) return null;
  const blocks: Node[] = [];
  for (const leaf of ancestor.children as { type?: string; node?: Node }[]) {
    if (leaf.type !== 'leaf' || !leaf.node) return null;
    blocks.push(leaf.node);
  }
  return blocks;
}

/**
 * Editable's renderChunk. Slate calls it as a function inside its own component, so the
 * hooks live in ChunkView, a component of its own.
 */
export function BodyChunk(props: RenderChunkProps) {
  return <ChunkView {...props} />;
}

/**
 * A chunk of blocks. The lowest ones get content-visibility (see editor.css), and in a
 * long story most of them wait, as an empty box of about their height, until the mounter
 * shows them (chunk-mounter.ts).
 */
function ChunkView(props: RenderChunkProps) {
  const mounter = useContext(ChunkMounterContext);
  const blocks = props.lowest ? chunkBlocks(props.children) : null;
  const [shown, setShown] = useState(() => !mounter || !blocks || mounter.startsShown());
  const box = useRef<HTMLDivElement>(null);
  const waits = !shown && mounter !== null && blocks !== null;
  useLayoutEffect(() => {
    if (!waits) return;
    return mounter.wait(box, { show: () => setShown(true), blocks, element: box.current });
  }, [waits, mounter, blocks]);
  if (waits) {
    return (
      <div
        {...props.attributes}
        ref={box}
        className="ed-chunk ed-chunk-waiting"
        contentEditable={false}
      />
    );
  }
  return (
    <div {...props.attributes} className={props.lowest ? 'ed-chunk' : undefined}>
      {props.children}
    </div>
  );
}
