import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The dashboard's static files, served by the gateway itself (no CDN): chart.js from the installed
 * package, and the dashboard's own script and style sheet. The latter two live here as text so
 * that the TypeScript build carries them into dist/ like any other code; they are served as files
 * (the Content-Security-Policy allows no inline script or style).
 */

/** chart.js's browser build (UMD), from node_modules. */
export function chartJsSource(): Buffer {
  // the package's exports map hides dist/, so resolve its main entry and go next to it
  const main = require.resolve('chart.js');
  return readFileSync(join(dirname(main), 'chart.umd.js'));
}

/**
 * Draws every canvas[data-chart] with chart.js. Series differ by line dash, point shape and fill
 * pattern as well as colour, so the charts read without colour; the numbers are in a table too.
 * Sets data-rendered (and data-points) on the canvas once drawn, for the end-to-end tests.
 */
export const DASHBOARD_JS = String.raw`'use strict';
(function () {
  var COLOURS = ['#1f4e9c', '#c0392b', '#2e7d32', '#6a1b9a', '#ef6c00', '#00838f', '#5d4037', '#455a64'];
  var DASHES = [[], [8, 4], [2, 3], [12, 3, 3, 3], [4, 4], [1, 6], [10, 6], [6, 2, 2, 2]];
  var POINTS = ['circle', 'triangle', 'rect', 'rectRot', 'crossRot', 'star', 'rectRounded', 'cross'];

  function pattern(colour, kind) {
    var c = document.createElement('canvas');
    c.width = 10; c.height = 10;
    var g = c.getContext('2d');
    g.fillStyle = colour; g.fillRect(0, 0, 10, 10);
    g.strokeStyle = '#ffffff'; g.fillStyle = '#ffffff'; g.lineWidth = 2;
    if (kind === 1) { g.beginPath(); g.moveTo(0, 10); g.lineTo(10, 0); g.stroke(); }
    else if (kind === 2) { g.beginPath(); g.arc(5, 5, 2, 0, Math.PI * 2); g.fill(); }
    else if (kind === 3) { g.beginPath(); g.moveTo(0, 5); g.lineTo(10, 5); g.moveTo(5, 0); g.lineTo(5, 10); g.stroke(); }
    else if (kind === 4) { g.beginPath(); g.moveTo(0, 0); g.lineTo(10, 10); g.stroke(); }
    return g.createPattern(c, 'repeat');
  }

  function draw(canvas) {
    var spec;
    try { spec = JSON.parse(canvas.getAttribute('data-chart')); } catch (e) { return; }
    if (typeof Chart === 'undefined') { canvas.setAttribute('data-rendered', 'no-chartjs'); return; }
    var points = 0;
    var datasets = spec.datasets.map(function (d, i) {
      var colour = COLOURS[i % COLOURS.length];
      d.data.forEach(function (v) { if (v !== null) points++; });
      return {
        label: d.label,
        data: d.data,
        borderColor: colour,
        backgroundColor: spec.type === 'bar' ? pattern(colour, i % 5) : colour,
        borderWidth: 2,
        borderDash: spec.type === 'line' ? DASHES[i % DASHES.length] : undefined,
        pointStyle: POINTS[i % POINTS.length],
        pointRadius: spec.type === 'line' ? 4 : undefined,
        spanGaps: false
      };
    });
    var chart = new Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets: datasets },
      options: {
        // the axes' numbers as the page's language writes them, whatever the browser's own
        locale: document.documentElement.lang === 'en' ? 'en-GB' : 'nl-NL',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        plugins: { legend: { labels: { usePointStyle: true } } },
        scales: {
          x: { stacked: spec.stacked },
          y: {
            stacked: spec.stacked, beginAtZero: true, title: { display: !!spec.yLabel, text: spec.yLabel },
            // counts are whole numbers; amounts and percentages are not
            ticks: { precision: spec.fractional ? undefined : 0 }
          }
        }
      }
    });
    canvas.setAttribute('data-rendered', 'true');
    canvas.setAttribute('data-points', String(points));
    canvas.chart = chart;
  }

  function start() {
    var canvases = document.querySelectorAll('canvas[data-chart]');
    for (var i = 0; i < canvases.length; i++) draw(canvases[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
`;

export const DASHBOARD_CSS = `
:root { --ink: #1a1a1a; --muted: #555; --line: #c8c8c8; --accent: #1f4e9c; --bad: #a61b1b; --bg: #fff; --band: #f3f5f8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem; padding: .5rem 1.25rem; background: var(--band); border-bottom: 2px solid var(--accent); }
.brand { font-weight: 700; margin: 0; }
.lang { margin: 0 0 0 auto; }
.lang a { color: var(--accent); }
nav { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem; flex: 1; }
nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; margin: 0; padding: 0; }
nav a { color: var(--accent); text-decoration: underline; text-underline-offset: 3px; }
nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
.logout { margin-left: auto; display: flex; gap: .5rem; align-items: center; }
.who { color: var(--muted); }
main { padding: 1rem 1.25rem 3rem; max-width: 1400px; }
h1 { font-size: 1.5rem; margin: .25rem 0 .5rem; }
h2 { font-size: 1.1rem; margin: 0; }
.intro, .note { color: var(--muted); max-width: 75ch; }
.filters { display: flex; flex-wrap: wrap; gap: .75rem; align-items: flex-end; padding: .75rem; background: var(--band); border: 1px solid var(--line); margin: .75rem 0; }
.field { display: flex; flex-direction: column; gap: .2rem; }
label { font-size: .85rem; font-weight: 600; }
input, select, button { font: inherit; padding: .3rem .5rem; border: 1px solid #777; border-radius: 3px; background: #fff; }
button { background: var(--accent); color: #fff; border-color: var(--accent); cursor: pointer; }
button:focus-visible, a:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #f9a825; outline-offset: 2px; }
.summary { display: flex; flex-wrap: wrap; gap: 1rem; margin: .75rem 0; }
.summary div { border: 1px solid var(--line); padding: .4rem .8rem; min-width: 9rem; }
.summary dt { font-size: .8rem; color: var(--muted); }
.summary dd { margin: 0; font-size: 1.25rem; font-weight: 700; }
.chart { margin: 1rem 0; border: 1px solid var(--line); padding: .5rem; }
.chart figcaption { font-weight: 600; margin-bottom: .25rem; }
.canvas { position: relative; height: 300px; }
.table { margin: 1.25rem 0; content-visibility: auto; contain-intrinsic-size: auto 36rem; }
.table-head { display: flex; gap: 1rem; align-items: baseline; flex-wrap: wrap; }
.export { font-size: .9rem; }
.scroll { overflow-x: auto; max-height: 32rem; overflow-y: auto; border: 1px solid var(--line); }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { position: sticky; top: 0; background: var(--band); }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.empty { color: var(--muted); font-style: italic; }
.suppressed { font-style: italic; color: var(--muted); }
.suppressed::before { content: "\\2298\\00a0"; }
.error { color: var(--bad); font-weight: 600; }
.error::before { content: "\\26a0\\00a0"; }
.flash { border-left: 4px solid var(--accent); padding: .4rem .75rem; background: var(--band); }
.flash::before { content: "\\2139\\00a0"; }
.login { display: flex; flex-direction: column; gap: .75rem; max-width: 22rem; }
form.inline { display: inline; }
form.inline button { padding: .1rem .4rem; font-size: .85rem; }
@media (max-width: 700px) { main { padding: .75rem; } .canvas { height: 220px; } }
`;
