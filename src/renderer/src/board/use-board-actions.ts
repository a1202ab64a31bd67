import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ArgsIn } from '../../../shared/contract';
import type { LayoutIssue, ModuleSpec } from '../../../shared/contract/wire/layout-page';
import type { Issue, Placement } from '../../../shared/model/issue';
import type { ModuleControls } from '../../../shared/model/module-controls';
import { useTransport } from '../api-context';
import { type OwnEvent, ownEventsOf } from '../data/layout-cache';
import { errorMessage } from '../lib/error-message';
import { type BoardAction, UndoStack } from './undo-stack';

/** The calls that answer with the whole composed issue as it is after them. */
type LayoutCall =
  | 'layout.setModule'
  | 'layout.pin'
  | 'layout.setControls'
  | 'layout.markJump'
  | 'layout.auto'
  | 'layout.linkJump'
  | 'layout.unlinkJump'
  | 'template.apply';

/**
 * Every board action is a server call, recorded with its inverse so Ctrl+Z can take it back:
 * assign <-> assign back or remove, setModule <-> setModule to the old rect (unpinned again
 * if it was), pin <-> unpin, jumps <-> unlink.
 * A layout call and a placing (undo and redo steps too) answer with the composed issue,
 * which the board shows as it is; their change events are then their own and compose nothing
 * (layout-cache.ts). Removing answers without it: its issue.changed composes the issue again.
 */
export function useBoardActions(
  date: string,
  issue: Issue | null | undefined,
  layout: LayoutIssue | null,
  accept: (layout: LayoutIssue) => Promise<void>,
) {
  const { invoke } = useTransport();
  const own = ownEventsOf(useQueryClient());
  const stack = useRef(new UndoStack()).current;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [, setVersion] = useState(0);

  const run = useCallback(
    async (work: () => Promise<unknown>, record?: BoardAction): Promise<boolean> => {
      setBusy(true);
      try {
        await work();
        if (record) stack.push(record);
        setError(null);
        return true;
      } catch (e) {
        setError(errorMessage(e));
        return false;
      } finally {
        setBusy(false);
        setVersion((n) => n + 1);
      }
    },
    [stack],
  );

  return useMemo(() => {
    // A call whose reply holds the composed issue, shown at once; the change events it
    // causes (tagged with the call) are its own and compose nothing again.
    const composing = async <T>(
      events: OwnEvent[],
      send: (tag: string) => Promise<T>,
      composedOf: (reply: T) => LayoutIssue | undefined,
    ) => {
      const { call: tag, settle } = own.expect(date, events);
      try {
        const reply = await send(tag);
        settle(true);
        const composed = composedOf(reply);
        if (composed) await accept(composed);
        return reply;
      } catch (e) {
        settle(false);
        throw e;
      }
    };
    // What a call changes: the issue, and for a placing or a jump the story too.
    const changes = (storyId?: number): OwnEvent[] => [
      { event: 'issue.changed', id: issue?.id },
      ...(storyId === undefined ? [] : [{ event: 'story.changed' as const, id: storyId }]),
    ];
    // A layout call; a jump's call also sends story.changed for its story.
    const call = <K extends LayoutCall>(name: K, args: ArgsIn<K>, jumpOf?: number) =>
      composing(
        changes(jumpOf),
        (tag) => invoke(name, args, { call: tag }) as Promise<LayoutIssue>,
        (composed) => composed,
      );
    const placement = (storyId: number) => issue?.placements.find((p) => p.storyId === storyId);
    // Placed, with the issue composed after it in the same reply (no second request).
    const assignTo = (storyId: number, page: number, back?: Placement) =>
      composing(
        changes(storyId),
        (tag) =>
          invoke(
            'placement.assign',
            {
              storyId,
              date,
              page,
              compose: true,
              ...(back && { jumpTo: back.jumpTo, priority: back.priority }),
            },
            { call: tag },
          ),
        (placed) => placed.layout,
      );
    const remove = (storyId: number) => invoke('placement.remove', { storyId, date });
    const setModule = (storyId: number, part: number, module: ModuleSpec) =>
      call('layout.setModule', { date, storyId, part, module });
    const pin = (storyId: number, part: number, pinned: boolean) =>
      call('layout.pin', { date, storyId, part, pinned });
    const link = (storyId: number, toPage: number) =>
      call('layout.linkJump', { date, storyId, toPage }, storyId);
    const unlink = (storyId: number) => call('layout.unlinkJump', { date, storyId }, storyId);
    const fixedModule = (storyId: number) =>
      layout?.pages
        .flatMap((p) => p.modules)
        .find((m) => m.storyId === storyId && m.part === 1 && m.fixed)?.module;
    // Back where it was: its page, priority and jump, and the module it had fixed there.
    const restore = async (storyId: number, before: ReturnType<typeof placement>) => {
      if (!before) return remove(storyId);
      const module = fixedModule(storyId);
      await assignTo(storyId, before.page, before);
      if (module) await setModule(storyId, 1, module).catch(() => null);
    };

    return {
      error,
      busy,
      clearError: () => setError(null),
      canUndo: stack.canUndo,
      canRedo: stack.canRedo,
      assign: (storyId: number, page: number) => {
        const before = placement(storyId);
        if (before?.page === page) return Promise.resolve(true);
        return run(() => assignTo(storyId, page), {
          label: 'assign',
          undo: () => restore(storyId, before),
          redo: () => assignTo(storyId, page),
        });
      },
      remove: (storyId: number) => {
        const before = placement(storyId);
        return run(() => remove(storyId), {
          label: 'remove',
          undo: () => restore(storyId, before),
          redo: () => remove(storyId),
        });
      },
      // A module moved or resized by hand is pinned there; undo puts it back as it was.
      setModule: (
        storyId: number,
        part: number,
        module: ModuleSpec,
        previous: ModuleSpec,
        wasPinned: boolean,
      ) =>
        run(() => setModule(storyId, part, module), {
          label: 'module',
          undo: async () => {
            await setModule(storyId, part, previous);
            if (!wasPinned) await pin(storyId, part, false);
          },
          redo: () => setModule(storyId, part, module),
        }),
      // Controls changed by hand pin the module; undo puts back the old ones and the pin.
      setControls: (
        storyId: number,
        controls: ModuleControls,
        previous: ModuleControls,
        wasPinned: boolean,
      ) => {
        const save = (c: ModuleControls, pinned: boolean) =>
          call('layout.setControls', { date, storyId, controls: c, pinned });
        return run(() => save(controls, true), {
          label: 'controls',
          undo: () => save(previous, wasPinned),
          redo: () => save(controls, true),
        });
      },
      pin: (storyId: number, part: number, pinned: boolean) =>
        run(() => pin(storyId, part, pinned), {
          label: 'pin',
          undo: () => pin(storyId, part, !pinned),
          redo: () => pin(storyId, part, pinned),
        }),
      linkJump: (storyId: number, toPage: number) => {
        const before = placement(storyId)?.jumpTo ?? null;
        return run(() => link(storyId, toPage), {
          label: 'jump',
          undo: () => (before ? link(storyId, before) : unlink(storyId)),
          redo: () => link(storyId, toPage),
        });
      },
      unlinkJump: (storyId: number) => {
        const before = placement(storyId)?.jumpTo ?? null;
        return run(() => unlink(storyId), {
          label: 'unjump',
          undo: () => (before ? link(storyId, before) : Promise.resolve()),
          redo: () => unlink(storyId),
        });
      },
      auto: (page?: number) => {
        // Undo puts back the modules the editor had fixed; auto-placed ones stay fixed.
        const fixed = (layout?.pages ?? []).flatMap((p) =>
          p.modules.filter((m) => m.fixed).map((m) => ({ ...m })),
        );
        const putBack = async () => {
          for (const m of fixed) await setModule(m.storyId, m.part, m.module).catch(() => null);
        };
        return run(() => call('layout.auto', { date, page, whole: true }), {
          label: 'auto',
          undo: putBack,
          redo: () => call('layout.auto', { date, page, whole: true }),
        });
      },
      // A template laid onto the page; undo puts back the modules the editor had fixed.
      applyTemplate: (page: number, name: string, pin: boolean) => {
        const fixed = (layout?.pages ?? []).flatMap((p) =>
          p.modules.filter((m) => m.fixed).map((m) => ({ ...m })),
        );
        const apply = () => call('template.apply', { date, page, name, pin });
        return run(apply, {
          label: 'template',
          undo: async () => {
            for (const m of fixed) await setModule(m.storyId, m.part, m.module).catch(() => null);
          },
          redo: apply,
        });
      },
      markJump: (storyId: number, mayJump: boolean) => {
        const mark = (on: boolean) => call('layout.markJump', { date, storyId, mayJump: on });
        return run(() => mark(mayJump), {
          label: 'mark',
          undo: () => mark(!mayJump),
          redo: () => mark(mayJump),
        });
      },
      // The proposed jumps of the page made (layout.auto with jump), undone by unlinking them.
      makeJumps: (page: number, storyIds: number[], toPage: number) => {
        const make = () => call('layout.auto', { date, page, jump: true, toPage, whole: true });
        return run(make, {
          label: 'jumps',
          undo: async () => {
            for (const id of storyIds) await unlink(id).catch(() => null);
          },
          redo: make,
        });
      },
      undo: () => run(() => stack.undo()),
      redo: () => run(() => stack.redo()),
    };
  }, [invoke, own, accept, date, issue, layout, run, stack, error, busy]);
}

export type BoardActions = ReturnType<typeof useBoardActions>;
