import {
  BUILTIN_TEMPLATES,
  builtinTemplate,
  type PageTemplateData,
  storyKind,
  templateFromPage,
} from '../../../shared/compose';
import { ApiError, because, type Handlers } from '../../../shared/contract';
import type { PageTemplate } from '../../../shared/contract/domains/template';
import { applyTemplate } from '../../layout/apply-template';
import { composeStored } from '../../layout/compose-stored';
import { composedPage } from '../../layout/edit-modules';
import { type HandlerContext, requireActor, requirePermission } from '../context';
import { currentPaper, requireIssue, requirePage } from '../issue/lookup';
import { issueView } from '../layout/view';

type TemplateNames =
  | 'template.list'
  | 'template.save'
  | 'template.apply'
  | 'template.rename'
  | 'template.delete';

const view = (t: PageTemplateData, builtIn: boolean): PageTemplate => ({ ...t, builtIn });

function missing(name: string): ApiError {
  return new ApiError(
    'not-found',
    `no page template called ${name}`,
    'name',
    because('template-missing', { name }),
  );
}

/** A built-in or saved template by name, or 'not-found'. */
function requireTemplate(ctx: HandlerContext, name: string): PageTemplateData {
  const found = builtinTemplate(name) ?? ctx.store.templates.get(name);
  if (!found) throw missing(name);
  return found;
}

/** A name no other template has (the built-in ones' names are taken for good). */
function requireFreeName(ctx: HandlerContext, name: string, field: string, replace = false) {
  const builtIn = builtinTemplate(name) !== undefined;
  if (builtIn || (!replace && ctx.store.templates.get(name))) {
    throw new ApiError(
      'conflict',
      builtIn ? `${name} is a built-in template` : `a page template called ${name} exists`,
      field,
      builtIn ? because('template-built-in', { name }) : because('template-exists', { name }),
    );
  }
}

/** Refuses a change to a built-in template (they ship with the app). */
function requireOwn(name: string) {
  if (builtinTemplate(name)) {
    throw new ApiError(
      'refused',
      `${name} is a built-in template`,
      'name',
      because('template-built-in', { name }),
    );
  }
}

export const templateHandlers: Handlers<HandlerContext, TemplateNames> = {
  'template.list': ({ paper }, ctx) => {
    requireActor(ctx);
    const all = [
      ...BUILTIN_TEMPLATES.map((t) => view(t, true)),
      ...ctx.store.templates.list().map((t) => view(t, false)),
    ];
    return paper === undefined ? all : all.filter((t) => t.paper === paper);
  },

  'template.save': ({ date, page, name, replace }, ctx) => {
    const actor = requirePermission(ctx, 'page.edit');
    const issue = requireIssue(ctx, date);
    requirePage(issue, page);
    const paper = currentPaper(ctx);
    requireFreeName(ctx, name, 'name', replace === true);
    const layout = composeStored(ctx.store, issue);
    const composed = composedPage(layout, page);
    const placed = new Map(layout.placements.map((p) => [String(p.storyId), p]));
    const template = templateFromPage(
      name,
      paper.size,
      { columns: composed.geometry.columns, rows: composed.grid.rows },
      page === 1,
      composed.modules.map((m) => ({ ...m, photos: m.photos.length })),
      (id) => {
        const p = placed.get(id);
        const cached = layout.stories.get(Number(id));
        if (!p || !cached) return undefined;
        return {
          priority: p.priority,
          kind: storyKind(p.priority, cached.story.section ?? '', cached.typeset),
        };
      },
    );
    ctx.store.templates.put(template, actor.id, ctx.now);
    ctx.audit('template.save', `template:${name}`, `from ${date} page ${page}`);
    return view(template, false);
  },

  'template.apply': ({ date, page, name, pin }, ctx) => {
    requirePermission(ctx, 'page.edit');
    const issue = requireIssue(ctx, date);
    requirePage(issue, page);
    currentPaper(ctx);
    const template = requireTemplate(ctx, name);
    const layout = applyTemplate(ctx.store, issue, page, template, pin !== false);
    ctx.audit('layout.change', `issue:${date}`, `template ${name} on page ${page}`);
    ctx.emit('issue.changed', { id: issue.id });
    return issueView(ctx, layout);
  },

  'template.rename': ({ name, newName }, ctx) => {
    requirePermission(ctx, 'page.edit');
    requireOwn(name);
    const templates = ctx.store.templates;
    const template = templates.get(name);
    if (!template) throw missing(name);
    if (newName === name) return view(template, false);
    requireFreeName(ctx, newName, 'newName');
    templates.rename(name, newName, ctx.now);
    ctx.audit('template.rename', `template:${newName}`, `was ${name}`);
    return view({ ...template, name: newName }, false);
  },

  'template.delete': ({ name }, ctx) => {
    requirePermission(ctx, 'page.edit');
    requireOwn(name);
    if (!ctx.store.templates.remove(name)) throw missing(name);
    ctx.audit('template.delete', `template:${name}`);
    return { deleted: true as const };
  },
};
