import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayoutIssue } from '../../../shared/contract/wire/layout-page';
import type { Issue } from '../../../shared/model/issue';
import { Flatplan } from './Flatplan';
import { JumpProposals } from './JumpProposals';
import { LargePage } from './LargePage';
import { MayJumpToggle } from './MayJumpToggle';
import { ModuleInspector } from './ModuleInspector';
import { ModuleTools } from './ModuleTools';
import { PageReport } from './PageReport';
import { PageSignoff } from './PageSignoff';
import { StoryTray } from './StoryTray';
import { TemplatePanel } from './TemplatePanel';
import type { BoardActions } from './use-board-actions';
import { usePinKey } from './use-pin-key';
import { ZoomFrame } from './ZoomFrame';

/** Story list | flatplan above the large page, with the selected module's tools. */
export function BoardBody(props: {
  date: string;
  issue: Issue;
  layout: LayoutIssue | null;
  page: number;
  onPage: (page: number) => void;
  actions: BoardActions;
  headlineOf: (id: number) => string;
}) {
  const { t } = useTranslation();
  const { actions, layout } = props;
  const [selected, setSelected] = useState<{ storyId: number; part: number } | null>(null);
  const large = layout?.pages.find((p) => p.number === props.page);
  const module = large?.modules.find(
    (m) => m.storyId === selected?.storyId && m.part === selected.part,
  );
  usePinKey(module, actions);

  return (
    <div className="board-body">
      <StoryTray
        date={props.date}
        issue={props.issue}
        defaultPage={props.page}
        onAssign={(id, page) => actions.assign(id, page)}
      />
      <div className="board-pages">
        {!layout && <p className="muted">{t('board.composing')}</p>}
        {layout && (
          <Flatplan
            layout={layout}
            selected={props.page}
            onSelect={props.onPage}
            onDropStory={(id, page) => void actions.assign(id, page)}
          />
        )}
        {large && module && (
          <ModuleTools
            key={`${module.storyId}-${module.part}`}
            module={module}
            headline={props.headlineOf(module.storyId)}
            page={large.number}
            pageCount={props.issue.pageCount}
            onJump={(to) => void actions.linkJump(module.storyId, to)}
            onUnjump={() => void actions.unlinkJump(module.storyId)}
            onRemove={() => {
              setSelected(null);
              void actions.remove(module.storyId);
            }}
            onPin={(pinned) => void actions.pin(module.storyId, module.part, pinned)}
          />
        )}
        {large && module && (
          <MayJumpToggle
            module={module}
            disabled={actions.busy}
            onChange={(on) => void actions.markJump(module.storyId, on)}
          />
        )}
        {large && module && module.part === 1 && (
          <ModuleInspector
            module={module}
            grid={large.grid}
            busy={actions.busy}
            onChange={(next, previous, wasPinned) =>
              void actions.setControls(module.storyId, next, previous, wasPinned)
            }
          />
        )}
        {large && <PageReport page={large} headlineOf={props.headlineOf} />}
        {layout && (
          <JumpProposals
            layout={layout}
            page={props.page}
            actions={actions}
            headlineOf={props.headlineOf}
          />
        )}
        <TemplatePanel date={props.date} page={props.page} actions={actions} />
        {large && (
          <ZoomFrame trim={large.trim}>
            <LargePage
              date={props.date}
              page={large}
              headlineOf={props.headlineOf}
              selected={selected}
              onSelect={(storyId, part) => setSelected({ storyId, part })}
              onCommit={(id, part, m, previous) => {
                const was = large.modules.find((x) => x.storyId === id && x.part === part);
                void actions.setModule(id, part, m, previous, was?.pinned ?? false);
              }}
              onDropStory={(id) => void actions.assign(id, large.number)}
            />
          </ZoomFrame>
        )}
        {/* Below the large page, so the page keeps its place under the pointer. */}
        <PageSignoff date={props.date} page={props.page} onPage={props.onPage} />
      </div>
    </div>
  );
}
