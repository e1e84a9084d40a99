import { IwmoInputError } from '../errors';
import { XmlErrorCode } from '../validation/report';
import { readSafeXml } from './safe-input';

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
    expect(e.message).toMatch(/17 bytes; the limit is 10 bytes/);
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
