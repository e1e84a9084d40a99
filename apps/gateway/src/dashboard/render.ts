import type { Lang } from '@lib/i18n';
import { html, type Html } from './html';
import { sayIn, type Frame } from './lang';
import type { Chart, FilterField, Page } from './page';
import { SUPPRESSED } from './privacy';
import type { DashboardUser } from './scope';
import { cellText, type Cell, type Table } from './table';

export const ASSETS = '/dashboard/assets';

const NAV = [
  { path: '/dashboard/flows', label: 'dashboard.nav.flows' },
  { path: '/dashboard/rejects', label: 'dashboard.nav.rejects' },
  { path: '/dashboard/queues', label: 'dashboard.nav.queues' },
  { path: '/dashboard/money', label: 'dashboard.nav.money' },
] as const;

const ROLE_LABEL = {
  contractteam: 'dashboard.role.contractteam', gemeente: 'dashboard.role.gemeente', aanbieder: 'dashboard.role.aanbieder', admin: 'dashboard.role.admin',
} as const;

/** Who is logged in, with their CSRF token for the forms. */
export interface Session {
  readonly user: DashboardUser;
  readonly csrfToken: string;
}

/** The page frame: navigation, the language switch, who is logged in, log-out (a POST form with the CSRF token). */
export function layout(title: string, body: Html, frame: Frame, session?: Session & { active?: string }): Html {
  const say = sayIn(frame.lang);
  const nav = session
    ? html`<nav aria-label="${say('dashboard.nav.label')}"><ul>${NAV.map((n) => html`<li><a href="${n.path}"${n.path === session.active ? html` aria-current="page"` : ''}>${say(n.label)}</a></li>`)}</ul>
      <form method="post" action="/dashboard/logout" class="logout">
        <span class="who">${session.user.username} (${say(ROLE_LABEL[session.user.role])}${session.user.partyCode ? ` ${session.user.partyCode}` : ''})</span>
        <input type="hidden" name="_csrf" value="${session.csrfToken}"><button type="submit">${say('dashboard.nav.logout')}</button>
      </form></nav>`
    : '';
  const other = frame.lang === 'nl' ? 'en' : 'nl';
  return html`<!doctype html>
<html lang="${frame.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${say('dashboard.frame.title', { page: title })}</title>
<link rel="stylesheet" href="${ASSETS}/dashboard.css">
<script src="${ASSETS}/chart.umd.js" defer></script>
<script src="${ASSETS}/dashboard.js" defer></script>
</head>
<body>
<header><p class="brand">${say('dashboard.frame.brand')}</p>${nav}<p class="lang"><a href="${frame.switchHref}" hreflang="${other}" lang="${other}">${say('dashboard.frame.switch')}</a></p></header>
<main id="main">
${body}
</main>
</body>
</html>`;
}

function filterForm(page: Page, lang: Lang): Html {
  if (!page.filters.length) return html``;
  const field = (f: FilterField) => {
    const id = `f-${f.name}`;
    if (f.kind === 'select') {
      return html`<label for="${id}">${f.label}</label><select id="${id}" name="${f.name}">${(f.options ?? []).map(
        (o) => html`<option value="${o.value}"${o.value === f.value ? html` selected` : ''}>${o.label}</option>`,
      )}</select>`;
    }
    const type = f.kind === 'month' ? 'month' : f.kind === 'date' ? 'date' : 'text';
    return html`<label for="${id}">${f.label}</label><input id="${id}" type="${type}" name="${f.name}" value="${f.value}">`;
  };
  const say = sayIn(lang);
  return html`<form method="get" action="${page.path}" class="filters" aria-label="${say('dashboard.filters.label')}">
    ${page.filters.map((f) => html`<div class="field">${field(f)}</div>`)}
    <div class="field"><button type="submit">${say('dashboard.filters.show')}</button></div>
  </form>`;
}

function cell(c: Cell, csrfToken: string, lang: Lang): Html {
  const say = sayIn(lang);
  if (c === SUPPRESSED) return html`<span class="suppressed" title="${say('dashboard.table.suppressed-why')}">${cellText(c, lang)}</span>`;
  if (c !== null && typeof c === 'object' && 'href' in c) return html`<a href="${c.href}">${c.text}</a>`;
  if (c !== null && typeof c === 'object' && 'requeue' in c) {
    return html`<form method="post" action="/dashboard/deliveries/${c.requeue}/requeue" class="inline">
      <input type="hidden" name="_csrf" value="${csrfToken}"><button type="submit">${say('dashboard.queues.requeue')}</button></form>`;
  }
  return html`${cellText(c, lang)}`;
}

export function tableHtml(t: Table, csvHref: string | undefined, csrfToken: string, lang: Lang): Html {
  const say = sayIn(lang);
  return html`<section class="table" id="section-${t.id}">
  <div class="table-head"><h2 id="title-${t.id}">${t.title}</h2>${csvHref ? html`<a class="export" href="${csvHref}" download>${say('dashboard.table.export')}</a>` : ''}</div>
  ${t.note ? html`<p class="note">${t.note}</p>` : ''}
  <div class="scroll"><table id="table-${t.id}" aria-labelledby="title-${t.id}">
    <thead><tr>${t.columns.map((c) => html`<th scope="col"${c.numeric ? html` class="num"` : ''}>${c.label}</th>`)}</tr></thead>
    <tbody>${t.rows.length
      ? t.rows.map((r) => html`<tr>${t.columns.map((c) => html`<td${c.numeric ? html` class="num"` : ''}>${cell(r[c.key] ?? null, csrfToken, lang)}</td>`)}</tr>`)
      : html`<tr><td colspan="${t.columns.length}" class="empty">${say('dashboard.table.empty')}</td></tr>`}</tbody>
  </table></div>
</section>`;
}

function chartHtml(c: Chart, lang: Lang): Html {
  const say = sayIn(lang);
  const data = JSON.stringify({ type: c.type, stacked: c.stacked ?? false, labels: c.labels, datasets: c.datasets, yLabel: c.yLabel ?? '', fractional: c.fractional ?? false });
  return html`<figure class="chart">
  <figcaption>${c.title} <a href="#section-${c.tableId}">${say('dashboard.chart.as-table')}</a></figcaption>
  <div class="canvas"><canvas id="${c.id}" role="img" aria-label="${say('dashboard.chart.aria', { title: c.title })}" data-chart="${data}"></canvas></div>
</figure>`;
}

export function renderPage(page: Page, frame: Frame, session: Session, flash?: string): Html {
  const { lang } = frame;
  const csvBase = `${page.path}/export.csv?${page.query ? `${page.query}&` : ''}table=`;
  const body = html`<h1>${page.title}</h1>
${page.intro ? html`<p class="intro">${page.intro}</p>` : ''}
${flash ? html`<p class="flash" role="status">${flash}</p>` : ''}
${filterForm(page, lang)}
${page.summary?.length ? html`<dl class="summary">${page.summary.map((s) => html`<div><dt>${s.label}</dt><dd>${s.value}</dd></div>`)}</dl>` : ''}
${page.charts.map((c) => chartHtml(c, lang))}
${page.tables.map((t) => tableHtml(t, `${csvBase}${encodeURIComponent(t.id)}`, session.csrfToken, lang))}
${page.extra ?? ''}`;
  return layout(page.title, body, frame, { ...session, active: NAV.find((n) => page.path.startsWith(n.path))?.path });
}

export function loginPage(frame: Frame, csrf: string, problem?: string, next?: string): Html {
  const say = sayIn(frame.lang);
  return layout(say('dashboard.login.title'), html`<h1>${say('dashboard.login.title')}</h1>
<p class="intro">${say('dashboard.login.intro')}</p>
${problem ? html`<p class="error" role="alert">${problem}</p>` : ''}
<form method="post" action="/dashboard/login" class="login">
  <input type="hidden" name="_csrf" value="${csrf}">
  ${next ? html`<input type="hidden" name="next" value="${next}">` : ''}
  <div class="field"><label for="username">${say('dashboard.login.username')}</label><input id="username" name="username" autocomplete="username" required></div>
  <div class="field"><label for="password">${say('dashboard.login.password')}</label><input id="password" name="password" type="password" autocomplete="current-password" required></div>
  <button type="submit">${say('dashboard.login.submit')}</button>
</form>`, frame);
}

const ERROR_TITLE = {
  400: 'dashboard.error.title.400', 403: 'dashboard.error.title.403', 404: 'dashboard.error.title.404', 429: 'dashboard.error.title.429',
} as const;

export function errorPage(status: number, message: string, frame: Frame, session?: Session): Html {
  const say = sayIn(frame.lang);
  const title = say(ERROR_TITLE[status as keyof typeof ERROR_TITLE] ?? 'dashboard.error.title.other');
  return layout(title, html`<h1>${title}</h1><p class="error" role="alert">${message}</p><p><a href="/dashboard/flows">${say('dashboard.error.to-overview')}</a></p>`, frame, session);
}
