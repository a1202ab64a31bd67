import { type RefObject, useCallback, useRef, useState } from 'react';
import { useTransport } from '../api-context';
import { type ImportOutcome, outcomeCount, runImport } from './run-import';

export interface ImportBatch {
  /** Results so far, in the order they came. */
  outcomes: ImportOutcome[];
  /** Results expected; the batch is done when `outcomes` has them all. */
  total: number;
  /** The images sent along with the batch's .md files. */
  images: string[];
}

export interface Importer {
  batch: ImportBatch | null;
  busy: boolean;
  /** The one hidden file input (menu item, toolbar button). */
  inputRef: RefObject<HTMLInputElement | null>;
  /** Opens the file picker. */
  pick: () => void;
  run: (files: readonly File[]) => Promise<void>;
  dismiss: () => void;
}

/** Import state shared by the menu item, the desk's button and a drop on the window. */
export function useImport(deskDate: string, onDone: () => void): Importer {
  const { invoke } = useTransport();
  const inputRef = useRef<HTMLInputElement | null>(null);
  const [batch, setBatch] = useState<ImportBatch | null>(null);
  const [busy, setBusy] = useState(false);
  const done = useRef(onDone);
  done.current = onDone;

  const run = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      const images = files.filter((f) => f.type.startsWith('image/')).map((f) => f.name);
      setBatch({ outcomes: [], total: outcomeCount(files), images });
      setBusy(true);
      try {
        await runImport(invoke, files, deskDate, (outcome) =>
          setBatch((current) =>
            current ? { ...current, outcomes: [...current.outcomes, outcome] } : current,
          ),
        );
      } finally {
        setBusy(false);
        done.current();
      }
    },
    [invoke, deskDate],
  );

  const pick = useCallback(() => inputRef.current?.click(), []);
  const dismiss = useCallback(() => setBatch(null), []);
  return { batch, busy, inputRef, pick, run, dismiss };
}
