import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/model/profile';
import { can } from '../../../shared/model/roles';
import type { Story } from '../../../shared/model/story';
import { textEditRule } from '../../../shared/model/workflow';
import type { StoryDocument } from '../../../shared/story/elements';
import { useApiEvents, useTransport } from '../api-context';
import { ErrorAlert } from '../components/ErrorAlert';
import { PhotoStoreProvider } from '../editor/photo-store';
import { HistoryPanel } from '../history/HistoryPanel';
import { useCommand } from '../lib/commands';
import { errorMessage } from '../lib/error-message';
import { CopyfitView, usePlaced } from './CopyfitView';
import { clearDrafts, readDraft } from './drafts';
import { LockBanner } from './LockBanner';
import { SaveStateView } from './SaveStateView';
import { StoryForm } from './StoryForm';
import {
  createArgs,
  documentOf,
  EMPTY_DOCUMENT,
  EMPTY_HEAD,
  type HeadValues,
  headOf,
} from './story-io';
import { TargetLength } from './TargetLength';
import { TrimNotice } from './TrimNotice';
import { createTransportPhotoStore } from './transport-photo-store';
import { useAutosave } from './use-autosave';
import { useCopyfitFeed } from './use-copyfit';
import { usePlacedPages } from './use-placed-pages';
import { useStoryLock } from './use-story-lock';
import { WorkflowBar } from './WorkflowBar';

const LABELLED = ['kicker', 'headline', 'subhead', 'byline', 'dateline', 'priority'] as const;

/**
 * One story. New (storyId null): the form and a create button (story.create on the desk
 * date). Existing: story.get, the edit lock, autosave with a local draft, the workflow
 * moves, and the history panel. Read-only when someone else holds the lock or the profile
 * may not change the text in this status.
 */
export function StoryScreen(props: {
  storyId: number | null;
  deskDate: string;
  profile: Profile;
  onCreated: (story: Story) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const { invoke } = useTransport();
  const photos = useMemo(() => createTransportPhotoStore(invoke), [invoke]);
  const [story, setStory] = useState<Story | null>(null);
  const [head, setHead] = useState<HeadValues>(EMPTY_HEAD);
  // The editor's document as loaded; each edit goes to the ref only, so a key press does
  // not re-render the screen and the form.
  const [document, setDocument] = useState<StoryDocument>(EMPTY_DOCUMENT);
  const latestDocument = useRef(document);
  // Bumped when the document comes from outside the editor (load, restore, draft dropped).
  const [loadCount, setLoadCount] = useState(0);
  const [draftNotice, setDraftNotice] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);

  const actor = { id: props.profile.id, role: props.profile.role };
  // An editor may still trim a signed-off story on a page ('trim'): saved as a revision that
  // withdraws the page's approval.
  const placedOn = usePlacedPages(story?.id ?? null, story?.status === 'signed-off');
  const editRule = story
    ? textEditRule(actor, { ...story, spikedFrom: null }, placedOn.length > 0)
    : 'yes';
  const mayEdit = editRule === 'yes' || editRule === 'trim';
  const lock = useStoryLock(props.storyId, story !== null && mayEdit);
  const autosave = useAutosave(story, lock.state.kind === 'mine', setStory);
  const copyfit = useCopyfitFeed(props.storyId);
  const placed = usePlaced(copyfit);
  // Ctrl+S: a new story is created, an open one saved now rather than after the pause.
  useCommand('save', () => {
    if (!story) void create();
    else void autosave.saveNow();
  });

  // A restored draft is handed to the autosave once: a lock lost and taken again later must
  // not send it again (by then it may be older than a colleague's version).
  const restoreWaits = useRef(false);
  // The version on screen, set as it is shown (not at the next render): a change event's
  // reload that resolves in between must not take the version just shown, draft and all,
  // for an older one and show it again without the draft.
  const shownVersion = useRef<number | null>(null);
  const show = useCallback((loaded: Story, useDraft: boolean) => {
    shownVersion.current = loaded.version;
    setStory(loaded);
    const draft = useDraft ? readDraft(loaded.id, loaded.version) : null;
    setHead(draft?.head ?? headOf(loaded));
    const shown = draft?.document ?? documentOf(loaded);
    setDocument(shown);
    latestDocument.current = shown;
    setDraftNotice(draft ? loaded.version : null);
    restoreWaits.current = draft !== null;
    setLoadCount((n) => n + 1);
    return draft;
  }, []);

  useEffect(() => {
    if (props.storyId === null) return;
    let live = true;
    setBusy(true);
    invoke('story.get', { id: props.storyId })
      .then((loaded) => live && show(loaded, true))
      .catch((e: unknown) => live && setError(errorMessage(e)))
      .finally(() => live && setBusy(false));
    return () => {
      live = false;
    };
  }, [invoke, props.storyId, show]);

  // A restored draft is saved as soon as the lock is ours.
  // Only when the draft or the lock changes, not on each edit (edits call change).
  const { change } = autosave;
  const current = useRef({ head, document });
  current.current = { head, document: latestDocument.current };
  const lockIsMine = lock.state.kind === 'mine';
  useEffect(() => {
    if (draftNotice === null || !lockIsMine || !restoreWaits.current) return;
    restoreWaits.current = false;
    change(current.current);
  }, [draftNotice, lockIsMine, change]);

  const labelOf = (field: string) => {
    const name = LABELLED.find((candidate) => field === `fields.${candidate}`);
    return name ? t(`story.${name}`) : undefined;
  };

  const editHead = (next: HeadValues) => {
    setHead(next);
    if (story) change({ head: next, document: latestDocument.current });
    copyfit?.changed({ head: next, document: latestDocument.current });
  };
  const editDocument = (next: StoryDocument) => {
    latestDocument.current = next;
    if (story) change({ head, document: next });
    copyfit?.changed({ head, document: next });
  };

  // Not through setStory(result): an autosave may have made a newer version meanwhile.
  const setTarget = (targetChars: number | null) => {
    if (!story) return;
    invoke('story.setTarget', { id: story.id, targetChars })
      .then((set) => setStory((s) => s && { ...s, targetChars: set.targetChars }))
      .catch((e: unknown) => setError(errorMessage(e)));
  };
  const target = story?.targetChars ?? null;
  const editorStatus = copyfit && story && (
    <>
      <CopyfitView feed={copyfit} />
      {placed === false &&
        (can(props.profile.role, 'page.edit') ? (
          <TargetLength value={target} onSet={setTarget} disabled={busy} />
        ) : (
          target !== null && (
            <span className="target-length">{t('copyfit.targetNeeds', { count: target })}</span>
          )
        ))}
    </>
  );

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      props.onCreated(
        await invoke('story.create', createArgs(head, latestDocument.current, props.deskDate)),
      );
    } catch (e) {
      setError(errorMessage(e, labelOf));
    } finally {
      setBusy(false);
    }
  };

  const discardDraft = () => {
    if (!story) return;
    clearDrafts(story.id);
    show(story, false);
  };

  const isNew = props.storyId === null;
  const readOnly = !isNew && (lock.state.kind !== 'mine' || !mayEdit);
  // Someone else's save or move while this screen only reads (their lock, or a status this
  // profile may not edit): show it at once, so the text is never stale when the lock frees.
  const readOnlyNow = useRef(readOnly);
  readOnlyNow.current = readOnly;
  // Our own saves move it too (versions only grow).
  if (story && story.version > (shownVersion.current ?? 0)) shownVersion.current = story.version;
  useApiEvents(['story.changed'], (_event, payload) => {
    if (payload.id !== props.storyId || !readOnlyNow.current || props.storyId === null) return;
    // Still loading: the first load shows what the desk has.
    if (shownVersion.current === null) return;
    // Shown even if the lock turns ours meanwhile (the change that freed it is in it). Only a
    // new version: a lock taken or freed changes no text, and must not drop a restored draft.
    invoke('story.get', { id: props.storyId })
      .then((loaded) => loaded.version !== shownVersion.current && show(loaded, false))
      .catch(() => undefined);
  });
  return (
    <PhotoStoreProvider value={photos}>
      <main className="story-screen" aria-labelledby="story-heading">
        <div className="screen-bar">
          <button type="button" className="quiet-button" onClick={props.onBack}>
            ← {t('story.back')}
          </button>
          <h1 id="story-heading">{isNew ? t('story.newHeading') : t('story.editHeading')}</h1>
          {story && (
            <span className="muted story-meta-line">
              {t('story.meta', {
                author: story.authorName,
                status: t(`status.${story.status}`),
                chars: story.chars,
                version: story.version,
              })}
            </span>
          )}
          <span className="spacer" />
          {story && (
            <button
              type="button"
              className="quiet-button"
              aria-expanded={historyOpen}
              onClick={() => setHistoryOpen(!historyOpen)}
            >
              {historyOpen ? t('history.hide') : t('history.show')}
            </button>
          )}
        </div>
        {story && (
          <WorkflowBar
            story={story}
            disabled={lock.state.kind === 'other'}
            beforeMove={() => autosave.saveNow()}
            onMoved={(moved) => setStory(moved)}
            onError={setError}
          />
        )}
        {lock.state.kind === 'other' && (
          <LockBanner
            lock={lock.state.lock}
            canBreak={can(props.profile.role, 'lock.break')}
            onBreak={() => void lock.breakLock().catch((e: unknown) => setError(errorMessage(e)))}
          />
        )}
        {story && !mayEdit && <p className="lock-banner muted">{t('lock.cannotEdit')}</p>}
        {story && editRule === 'trim' && <TrimNotice pages={placedOn} />}
        {lock.state.kind === 'failed' && <ErrorAlert message={errorMessage(lock.state.error)} />}
        {draftNotice !== null && (
          <div className="draft-notice" role="note">
            {t('save.draftRestored', { version: draftNotice })}
            <button type="button" className="link-button" onClick={discardDraft}>
              {t('save.draftDiscard')}
            </button>
          </div>
        )}
        <div className={historyOpen ? 'story-columns with-history' : 'story-columns'}>
          <StoryForm
            head={head}
            onHeadChange={editHead}
            document={document}
            editorKey={`${story?.id ?? 'new'}:${loadCount}`}
            onDocumentChange={editDocument}
            readOnly={readOnly}
            submitLabel={isNew ? t('story.create') : undefined}
            onSubmit={isNew ? () => void create() : undefined}
            busy={busy}
            editorStatus={editorStatus}
            target={placed === false ? target : null}
            footer={
              <>
                {story && <SaveStateView state={autosave.state} labelOf={labelOf} />}
                <ErrorAlert message={error} onDismiss={() => setError(null)} />
              </>
            }
          />
          {historyOpen && story && (
            <HistoryPanel
              story={story}
              canRestore={!readOnly}
              onRestored={(restored) => {
                clearDrafts(restored.id);
                show(restored, false);
              }}
            />
          )}
        </div>
      </main>
    </PhotoStoreProvider>
  );
}
