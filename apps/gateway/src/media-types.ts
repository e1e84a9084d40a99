/** Media types read as raw bytes up to MAX_MESSAGE_BYTES: iWmo messages are XML. Other bodies (JSON, forms) have the parsers' 100 KB limit. */
export const XML_MEDIA_TYPES = ['application/xml', 'text/xml', 'application/*+xml'];
