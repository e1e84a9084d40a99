import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { ApiSecurity, DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { packageRoot, packageVersion } from '@lib/config';

/** The committed contract: `npm run openapi` writes it, openapi.spec.ts fails when it is stale, Redocly lints it (npm test). */
export const openApiFile = (): string => join(packageRoot(), 'docs', 'openapi.json');

/** The OpenAPI document of the gateway's API, as served at /docs-json. */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('iWmo 3.2 gateway')
      .setDescription(
        'Validates and exchanges iWmo 3.2 messages between the H4 gemeenten and their zorgaanbieders. Every text meant for people (problem titles and ' +
          'details, rule findings and their fixes in `errors[].message`) is in Dutch, or in English when the request prefers it with `Accept-Language: en`; ' +
          'codes, field names and the standard\'s own words are the same in both.',
      )
      .setVersion(packageVersion())
      .setLicense('EUPL-1.2', 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12')
      .addServer('/', 'the gateway that serves this document')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key of your party' }, 'api-key')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'admin token (ADMIN_TOKEN or .data/dev-keys.json)' }, 'admin-token')
      .build(),
  );
}

/** An endpoint anyone may call (health, metrics, the rule catalogue): security `[{}]`, no credentials. */
export const ApiPublic = () => ApiSecurity({});

/** The document as docs/openapi.json holds it: keys sorted at every level (a diff shows only real changes), 2 spaces, a final newline. */
export function openApiJson(document: OpenAPIObject): string {
  return `${JSON.stringify(sortKeys(document), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]));
}
