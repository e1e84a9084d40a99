import { validateXML } from 'xmllint-wasm';

/**
 * A second engine for the cross-check: xmllint-wasm (libxml2's xmllint compiled
 * to WebAssembly, an independent build from libxml2-wasm). Its CommonJS entry
 * runs each call in a fresh worker thread, so it loads fine under jest.
 *
 * One xmllint run per schema validates a batch of documents; the verdict of each
 * is read from xmllint's own `<file> validates` / `<file> fails to validate`
 * lines.
 */

export interface XmllintItem {
  id: string;
  xml: string;
  /** file name of the message schema, e.g. wmo305.xsd */
  xsdFile: string;
}

export async function xmllintVerdicts(
  items: XmllintItem[],
  xsds: ReadonlyMap<string, string>,
  basisschemaFile = 'basisschema.xsd',
): Promise<Map<string, boolean>> {
  const verdicts = new Map<string, boolean>();
  const byXsd = new Map<string, XmllintItem[]>();
  for (const item of items) byXsd.set(item.xsdFile, [...(byXsd.get(item.xsdFile) ?? []), item]);
  const basisschema = xsds.get(basisschemaFile);
  if (basisschema === undefined) throw new Error(`${basisschemaFile} missing`);

  for (const [xsdFile, batch] of byXsd) {
    const schema = xsds.get(xsdFile);
    if (schema === undefined) throw new Error(`${xsdFile} missing`);
    const fileName = (item: XmllintItem) => `${item.id}.xml`;
    const result = await validateXML({
      xml: batch.map((item) => ({ fileName: fileName(item), contents: item.xml })),
      schema: { fileName: xsdFile, contents: schema },
      // the message schema imports basisschema.xsd by relative schemaLocation
      preload: [{ fileName: basisschemaFile, contents: basisschema }],
    });
    const lines = result.rawOutput.split('\n').map((l) => l.trim());
    for (const item of batch) {
      const name = fileName(item);
      if (lines.includes(`${name} validates`)) verdicts.set(item.id, true);
      else if (lines.includes(`${name} fails to validate`)) verdicts.set(item.id, false);
      else if (result.valid) verdicts.set(item.id, true);
      else throw new Error(`xmllint gave no verdict for ${name}:\n${result.rawOutput}`);
    }
  }
  return verdicts;
}
