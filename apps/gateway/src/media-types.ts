/** Media types read as raw bytes up to MAX_MESSAGE_BYTES: iWmo messages are XML. Other bodies (JSON, forms) have the parsers' 100 KB limit. */
export const XML_MEDIA_TYPES = ['application/xml', 'text/xml', 'application/*+xml'];

/** The OpenAPI content of an answer that is an XML message (a message as received or as built). */
export const XML_ANSWER = { 'application/xml': { schema: { type: 'string' as const, description: 'an iWmo 3.2 message' } } };
