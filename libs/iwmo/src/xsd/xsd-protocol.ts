/** Messages between the XSD validation pool and its worker threads. */

export interface XsdWorkerData {
  /** folder with basisschema.xsd and the message schemas; every *.xsd but basisschema is compiled */
  schemaDir: string;
}

export interface XsdTask {
  xml: Uint8Array;
}

/** One libxml2 diagnostic: its text, the line in the message and the element's XPath. */
export interface XsdIssue {
  message: string;
  line: number | null;
  xpath: string | null;
}

export interface XsdResult {
  wellFormed: boolean;
  /** namespace URI and local name of the root element (null when not well-formed) */
  rootNamespace: string | null;
  rootName: string | null;
  /** false when no compiled schema has the root's namespace */
  schemaFound: boolean;
  /** the first MAX_XSD_ISSUES issues */
  issues: XsdIssue[];
  /** how many issues past those were left out (a hostile message can have hundreds of thousands) */
  issuesOmitted: number;
}

/** Issues the worker hands back at most: enough for the first MAX_ERRORS errors of any kind, bounded in memory. */
export const MAX_XSD_ISSUES = 1_000;
