import { render } from '@lib/i18n';
import { IwmoInputError } from '../errors';
import { XmlErrorCode } from '../validation/report';
import { readSafeXml } from './safe-input';
import { XML_LIMITS } from './xml-limits';

const bytes = (s: string) => Buffer.from(s, 'utf8');

function errorOf(fn: () => unknown): IwmoInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof IwmoInputError) return error;
    throw error;
  }
  throw new Error('expected an IwmoInputError');
}

describe('readSafeXml', () => {
  it('returns the text of a plain UTF-8 message', () => {
    expect(readSafeXml(bytes('<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><a>é</a>'))).toContain('é');
  });

  it('refuses a message over the size limit with IB003 and names both sizes', () => {
    const e = errorOf(() => readSafeXml(bytes('<a>0123456789</a>'), 10));
    expect(e.code).toBe(XmlErrorCode.TOO_LARGE);
    expect(e.message).toMatch(/17 bytes groot; de grens is 10 bytes/);
    expect(render(e.text, 'en')).toBe('The message is 17 bytes; the limit is 10 bytes (0.0 MB). Split the declaratie over several messages.');
  });

  it('refuses an external entity (XXE) before any parser sees it', () => {
    const xxe = '<?xml version="1.0"?>\n<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<foo>&xxe;</foo>';
    const e = errorOf(() => readSafeXml(bytes(xxe)));
    expect(e.code).toBe(XmlErrorCode.DTD_FORBIDDEN);
    expect(e.line).toBe(2);
  });

  it('refuses entity expansion (billion laughs)', () => {
    const lol = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><lolz>&lol2;</lolz>';
    expect(errorOf(() => readSafeXml(bytes(lol))).code).toBe(XmlErrorCode.DTD_FORBIDDEN);
  });

  it('refuses UTF-16 and invalid UTF-8 and a declared non-UTF-8 encoding', () => {
    expect(errorOf(() => readSafeXml(Buffer.from('\ufeff<a/>', 'utf16le'))).code).toBe(XmlErrorCode.NOT_UTF8);
    const latin1 = Buffer.concat([bytes('<a>\n'), Buffer.from([0xe9]), bytes('</a>')]);
    const invalid = errorOf(() => readSafeXml(latin1));
    expect(invalid.code).toBe(XmlErrorCode.NOT_UTF8);
    expect(invalid.line).toBe(2);
    expect(errorOf(() => readSafeXml(bytes('<?xml version="1.0" encoding="ISO-8859-1"?><a/>'))).code).toBe(XmlErrorCode.NOT_UTF8);
  });

  it('refuses an empty message and a prolog that never ends', () => {
    expect(errorOf(() => readSafeXml(new Uint8Array())).code).toBe(XmlErrorCode.NOT_WELL_FORMED);
    expect(errorOf(() => readSafeXml(bytes('<!-- never closed'))).code).toBe(XmlErrorCode.NOT_WELL_FORMED);
  });
});

describe('readSafeXml: the limits the standard allows (XML_LIMITS)', () => {
  const message = (inner: string, attributes = '') => bytes(`<?xml version="1.0" encoding="UTF-8"?>\n<a xmlns="urn:x"${attributes}>\n${inner}</a>`);
  const refused = (input: Buffer) => errorOf(() => readSafeXml(input));

  it('passes what iWmo messages hold: namespace declarations, short texts, a few short comments', () => {
    const ok = message(`<!-- ${'c'.repeat(200)} --><b>${'x'.repeat(XML_LIMITS.textBytes)}</b><![CDATA[${'y'.repeat(200)}]]><?keep it?>`, ' xmlns:p="urn:p" xmlns:q="urn:q"');
    expect(readSafeXml(ok)).toContain('keep it');
  });

  it.each([
    ['too many attributes on one element', message('', Array.from({ length: XML_LIMITS.attributesPerElement + 1 }, (_, i) => ` a${i}="1"`).join('')), /meer dan 32 attributen/, /more than 32 attributes/, 2],
    ['a long attribute value', message('<b c="' + 'v'.repeat(XML_LIMITS.attributeValueBytes + 1) + '"/>'), /attribuutwaarde van 1025 bytes is langer dan de toegestane 1024 bytes/, /attribute value of 1025 bytes is longer than the 1024 bytes/, 3],
    ['a long text', message(`<b>${'x'.repeat(XML_LIMITS.textBytes + 1)}</b>`), /tekst van 4097 bytes is langer dan de toegestane 4096 bytes/, /text of 4097 bytes is longer than the 4096 bytes allowed/, 3],
    ['a long CDATA section', message(`<b><![CDATA[${'x'.repeat(XML_LIMITS.textBytes + 1)}]]></b>`), /CDATA-sectie van 4097 bytes/, /CDATA section of 4097 bytes/, 3],
    ['a long comment', message(`<!--${'x'.repeat(XML_LIMITS.commentBytes + 1)}-->`), /commentaar van 4097 bytes is langer dan de toegestane 4096/, /comment of 4097 bytes is longer than the 4096/, 3],
    ['too many comments', message('<!--c-->\n'.repeat(XML_LIMITS.comments + 1)), /meer dan 100 commentaren/, /more than 100 comments/, 103],
    ['a long processing instruction', message(`<?pi ${'x'.repeat(XML_LIMITS.processingInstructionBytes)}?>`), /verwerkingsinstructie van 1027 bytes/, /processing instruction of 1027 bytes/, 3],
    ['too many processing instructions', message('<?pi x?>'.repeat(XML_LIMITS.processingInstructions + 1)), /meer dan 10 verwerkingsinstructies/, /more than 10 processing instructions/, 3],
  ])('refuses %s with XML-LIMIT, the line and what is allowed (in Dutch, and in English on request)', (_what, input, dutch, english, line) => {
    const e = refused(input);
    expect([e.code, e.line]).toEqual([XmlErrorCode.LIMIT, line]);
    expect(e.message).toMatch(dutch);
    expect(render(e.text, 'en')).toMatch(english);
  });

  it('judges the limits on the bytes before decoding them: a long comment is refused as such, whatever it holds', () => {
    const comment = Buffer.concat([bytes('<a>\n<!--'), Buffer.alloc(XML_LIMITS.commentBytes + 1, 0xe9), bytes('--></a>')]);
    expect(refused(comment).code).toBe(XmlErrorCode.LIMIT);
  });

  it('judges a 20 MB attribute in one pass, refusing it at its start', () => {
    const e = refused(message(`<b c="${'v'.repeat(20 * 1024 * 1024)}"/>`));
    expect(e.code).toBe(XmlErrorCode.LIMIT);
  });
});
