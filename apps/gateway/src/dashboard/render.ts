import { html, type Html } from './html';
import type { Chart, FilterField, Page } from './page';
import { SUPPRESSED } from './privacy';
import type { DashboardUser } from './scope';
import { cellText, type Cell, type Table } from './table';

export const ASSETS = '/dashboard/assets';

const NAV = [
  { path: '/dashboard/flows', label: 'Berichtenstromen' },
  { path: '/dashboard/rejects', label: 'Afkeuringen' },
  { path: '/dashboard/queues', label: 'Wachtrijen en termijnen' },
  { path: '/dashboard/money', label: 'Geld' },
];

const ROLE_LABEL: Record<string, string> = { contractteam: 'contractteam', gemeente: 'gemeente', aanbieder: 'aanbieder', admin: 'beheerder' };

/** The page frame: navigation, who is logged in, log-out (a POST form with the CSRF token). */
export function layout(title: string, body: Html, session?: { user: DashboardUser; csrfToken: string; active?: string }): Html {
  const nav = session
    ? html`<nav aria-label="Hoofdmenu"><ul>${NAV.map((n) => html`<li><a href="${n.path}"${n.path === session.active ? html` aria-current="page"` : ''}>${n.label}</a></li>`)}</ul>
      <form method="post" action="/dashboard/logout" class="logout">
        <span class="who">${session.user.username} (${ROLE_LABEL[session.user.role]}${session.user.partyCode ? ` ${session.user.partyCode}` : ''})</span>
        <input type="hidden" name="_csrf" value="${session.csrfToken}"><button type="submit">Uitloggen</button>
      </form></nav>`
    : '';
  return html`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - iWmo monitor H4</title>
<link rel="stylesheet" href="${ASSETS}/dashboard.css">
<script src="${ASSETS}/chart.umd.js" defer></script>
<script src="${ASSETS}/dashboard.js" defer></script>
</head>
<body>
<header><p class="brand">iWmo monitor H4</p>${nav}</header>
<main id="main">
${body}
</main>
</body>
</html>`;
}

function filterForm(page: Page): Html {
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
  return html`<form method="get" action="${page.path}" class="filters" aria-label="Filters">
    ${page.filters.map((f) => html`<div class="field">${field(f)}</div>`)}
    <div class="field"><button type="submit">Toon</button></div>
  </form>`;
}

function cell(c: Cell, csrfToken: string): Html {
  if (c === SUPPRESSED) return html`<span class="suppressed" title="te weinig cliënten om te tonen">${cellText(c)}</span>`;
  if (c !== null && typeof c === 'object' && 'href' in c) return html`<a href="${c.href}">${c.text}</a>`;
  if (c !== null && typeof c === 'object' && 'requeue' in c) {
    return html`<form method="post" action="/dashboard/deliveries/${c.requeue}/requeue" class="inline">
      <input type="hidden" name="_csrf" value="${csrfToken}"><button type="submit">opnieuw aanbieden</button></form>`;
  }
  return html`${cellText(c)}`;
}

export function tableHtml(t: Table, csvHref: string | undefined, csrfToken: string): Html {
  return html`<section class="table" id="section-${t.id}">
  <div class="table-head"><h2 id="title-${t.id}">${t.title}</h2>${csvHref ? html`<a class="export" href="${csvHref}" download>CSV exporteren</a>` : ''}</div>
  ${t.note ? html`<p class="note">${t.note}</p>` : ''}
  <div class="scroll"><table id="table-${t.id}" aria-labelledby="title-${t.id}">
    <thead><tr>${t.columns.map((c) => html`<th scope="col"${c.numeric ? html` class="num"` : ''}>${c.label}</th>`)}</tr></thead>
    <tbody>${t.rows.length
      ? t.rows.map((r) => html`<tr>${t.columns.map((c) => html`<td${c.numeric ? html` class="num"` : ''}>${cell(r[c.key] ?? null, csrfToken)}</td>`)}</tr>`)
      : html`<tr><td colspan="${t.columns.length}" class="empty">Geen gegevens voor deze selectie.</td></tr>`}</tbody>
  </table></div>
</section>`;
}

function chartHtml(c: Chart): Html {
  const data = JSON.stringify({ type: c.type, stacked: c.stacked ?? false, labels: c.labels, datasets: c.datasets, yLabel: c.yLabel ?? '' });
  return html`<figure class="chart">
  <figcaption>${c.title} <a href="#section-${c.tableId}">(de cijfers als tabel)</a></figcaption>
  <div class="canvas"><canvas id="${c.id}" role="img" aria-label="${c.title}; de cijfers staan in de tabel eronder" data-chart="${data}"></canvas></div>
</figure>`;
}

export function renderPage(page: Page, user: DashboardUser, csrfToken: string, flash?: string): Html {
  const csvBase = `${page.path}/export.csv?${page.query ? `${page.query}&` : ''}table=`;
  const body = html`<h1>${page.title}</h1>
${page.intro ? html`<p class="intro">${page.intro}</p>` : ''}
${flash ? html`<p class="flash" role="status">${flash}</p>` : ''}
${filterForm(page)}
${page.summary?.length ? html`<dl class="summary">${page.summary.map((s) => html`<div><dt>${s.label}</dt><dd>${s.value}</dd></div>`)}</dl>` : ''}
${page.charts.map(chartHtml)}
${page.tables.map((t) => tableHtml(t, `${csvBase}${encodeURIComponent(t.id)}`, csrfToken))}
${page.extra ?? ''}`;
  return layout(page.title, body, { user, csrfToken, active: NAV.find((n) => page.path.startsWith(n.path))?.path });
}

export function loginPage(csrf: string, problem?: string, next?: string): Html {
  return layout('Inloggen', html`<h1>Inloggen</h1>
<p class="intro">Voor medewerkers van het contractteam, de gemeenten en de aanbieders. Dit is een andere inlog dan de API-sleutels van de partijen.</p>
${problem ? html`<p class="error" role="alert">${problem}</p>` : ''}
<form method="post" action="/dashboard/login" class="login">
  <input type="hidden" name="_csrf" value="${csrf}">
  ${next ? html`<input type="hidden" name="next" value="${next}">` : ''}
  <div class="field"><label for="username">Gebruikersnaam</label><input id="username" name="username" autocomplete="username" required></div>
  <div class="field"><label for="password">Wachtwoord</label><input id="password" name="password" type="password" autocomplete="current-password" required></div>
  <button type="submit">Inloggen</button>
</form>`);
}

export function errorPage(status: number, message: string, session?: { user: DashboardUser; csrfToken: string }): Html {
  const title = status === 403 ? 'Geen toegang' : status === 404 ? 'Niet gevonden' : status === 400 ? 'Ongeldige invoer' : status === 429 ? 'Te veel pogingen' : 'Fout';
  return layout(title, html`<h1>${title}</h1><p class="error" role="alert">${message}</p><p><a href="/dashboard/flows">Naar het overzicht</a></p>`, session);
}
