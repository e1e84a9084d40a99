import { html, trusted } from './html';
import { maskBsn, maskBsnsInText, SUPPRESSED } from './privacy';
import { renderPage, tableHtml } from './render';
import { cents, formatPercent, toCsv, type Table } from './table';

const table: Table = {
  id: 't',
  title: 'Test <b>',
  columns: [{ key: 'a', label: 'a' }, { key: 'b', label: 'b', numeric: true }],
  rows: [
    { a: '=HYPERLINK("http://x")', b: cents(123456) },
    { a: 'say "hi", then; go', b: SUPPRESSED },
    { a: { text: '<img>', href: '/dashboard/messages/1?x="y"' }, b: -5 },
  ],
};

describe('dashboard rendering', () => {
  it('escapes every interpolated value, but not markup made by html itself', () => {
    expect(html`<p title="${'"><script>'}">${'<b>&'}</p>`.value).toBe('<p title="&quot;&gt;&lt;script&gt;">&lt;b&gt;&amp;</p>');
    expect(html`<div>${html`<i>${'x<y'}</i>`}${['<', trusted('<br>')]}</div>`.value).toBe('<div><i>x&lt;y</i>&lt;<br></div>');
    const rendered = tableHtml(table, '/dashboard/x/export.csv?table=t', 'c', 'nl').value;
    expect(rendered).toContain('Test &lt;b&gt;');
    expect(rendered).toContain('<a href="/dashboard/messages/1?x=&quot;y&quot;">&lt;img&gt;</a>');
    expect(rendered).toContain('<span class="suppressed" title="te weinig cliënten om te tonen">onderdrukt</span>');
  });

  it('writes CSV per RFC 4180 with formulas made inert and suppressed cells labelled', () => {
    expect(toCsv(table, 'nl')).toBe(`a,b\r\n"'=HYPERLINK(""http://x"")",1234.56\r\n"say ""hi"", then; go",onderdrukt\r\n<img>,-5\r\n`);
    // the numbers are the machine's in every language; the words are the page's
    expect(toCsv(table, 'en')).toBe(`a,b\r\n"'=HYPERLINK(""http://x"")",1234.56\r\n"say ""hi"", then; go",suppressed\r\n<img>,-5\r\n`);
  });

  it('masks BSNs, in fields and in free text, but not shorter or longer numbers', () => {
    expect(maskBsn('123456782')).toBe('******782');
    expect(maskBsnsInText('BSN 123456782 and AGB 12345678 and 1234567890')).toBe('BSN ******782 and AGB 12345678 and 1234567890');
  });

  it('puts charts on the page as data for the script, never as inline script', () => {
    const page = renderPage({
      path: '/dashboard/flows', title: 'T', query: 'from=2026-01-01', filters: [],
      charts: [{ id: 'c', title: 'C', type: 'bar', labels: ['</script>'], datasets: [{ label: 'x', data: [1] }], tableId: 't' }],
      tables: [table],
    }, { lang: 'nl', switchHref: '/dashboard/flows?lang=en' }, { user: { id: '1', username: 'u', role: 'contractteam', partyCode: null }, csrfToken: 'csrf' }).value;
    expect(page).toContain('data-chart="{&quot;type&quot;:&quot;bar&quot;');
    expect(page).toContain('&lt;/script&gt;');
    expect(page).not.toMatch(/<script>|<script [^>]*>[^<]/);
    expect(page).toContain('href="/dashboard/flows/export.csv?from=2026-01-01&amp;table=t"');
  });

  it('writes the frame, the cells and the numbers in the page language, with a switch to the other', () => {
    const user = { id: '1', username: 'u', role: 'admin' as const, partyCode: null };
    const page = (lang: 'nl' | 'en') => renderPage({ path: '/dashboard/flows', title: 'T', query: '', filters: [], charts: [], tables: [table] },
      { lang, switchHref: `/dashboard/flows?lang=${lang === 'nl' ? 'en' : 'nl'}` }, { user, csrfToken: 'c' }).value;
    const nl = page('nl');
    expect(nl).toContain('<html lang="nl">');
    expect(nl).toContain('<a href="/dashboard/flows?lang=en" hreflang="en" lang="en">English</a>');
    expect(nl).toMatch(/€\s1\.234,56/);
    expect(nl).toContain('>Uitloggen</button>');
    expect(nl).toContain('(beheerder)');
    const en = page('en');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<a href="/dashboard/flows?lang=nl" hreflang="nl" lang="nl">Nederlands</a>');
    expect(en).toContain('€1,234.56');
    expect(en).toContain('>Log out</button>');
    expect(en).toContain('(administrator)');
    expect(en).toContain('title="too few clients to show">suppressed</span>');
    expect(en).toContain('Export CSV');
    expect(en).not.toMatch(/Uitloggen|Berichtenstromen|onderdrukt|exporteren/);
  });

  it('writes percentages with one decimal as the language does', () => {
    expect(formatPercent(12.5, 'nl')).toBe('12,5%');
    expect(formatPercent(50, 'en')).toBe('50.0%');
  });
});
