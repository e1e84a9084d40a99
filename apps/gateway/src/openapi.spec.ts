/**
 * The committed contract, docs/openapi.json, is the document the gateway serves: after changing an
 * endpoint, `npm run openapi` writes it again. Every answer has a schema, and every endpoint behind a
 * guard names the key it needs (read from the guards themselves, not from a list kept here).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RequestMethod, type CanActivate, type Type } from '@nestjs/common';
import { GUARDS_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { OpenAPIObject, OperationObject, ReferenceObject, ResponseObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { validateEnv, validateTestEnv } from '@lib/config';
import { assertPgliteCanLoad } from '@lib/persistence/testing';
import { AdminGuard } from './admin/admin.guard';
import { ApiKeyGuard } from './auth/api-key.guard';
import { createGatewayApp } from './gateway.app';
import { openApiDocument, openApiFile, openApiJson } from './openapi';

const { redisUrl } = validateTestEnv();

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Error statuses whose body is an answer of its own, not a problem: readiness names the failed check, a rejected message gets its verdict. */
const NOT_PROBLEMS = new Set(['GET /health/ready 503', 'POST /v1/berichten 422']);

const answers = (o: OperationObject) => Object.entries(o.responses) as Array<[string, ResponseObject | ReferenceObject]>;

/** Every operation of the document as "METHOD /path" with the operation. */
function operations(document: OpenAPIObject): Array<[string, OperationObject]> {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => [`${m.toUpperCase()} ${path}`, item[m]!] as [string, OperationObject]),
  );
}

/** Per route "METHOD /path" (OpenAPI's {param}), the security requirement its guards call for. */
function securityByRoute(app: NestExpressApplication): Map<string, unknown> {
  const scheme = (guards: Array<Type<CanActivate>>) =>
    guards.includes(AdminGuard) ? [{ 'admin-token': [] }] : guards.includes(ApiKeyGuard) ? [{ 'api-key': [] }] : [{}];
  const routes = new Map<string, unknown>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (!metatype) continue;
      const controller = metatype as Type<unknown>;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        const path = `/${[base, String(Reflect.getMetadata(PATH_METADATA, handler) ?? '')].join('/')}`
          .replace(/\/+/g, '/').replace(/(.)\/$/, '$1').replace(/:(\w+)/g, '{$1}');
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number]!;
        const guards = [...(Reflect.getMetadata(GUARDS_METADATA, controller) ?? []), ...(Reflect.getMetadata(GUARDS_METADATA, handler) ?? [])];
        routes.set(`${method} ${path}`, scheme(guards));
      }
    }
  }
  return routes;
}

/** Where two documents differ: the paths and schemas (or other top-level members) that are not the same. */
function differences(committed: OpenAPIObject, current: OpenAPIObject): string[] {
  const members = (d: OpenAPIObject) => ({
    ...Object.fromEntries(Object.entries(d).filter(([key]) => key !== 'paths' && key !== 'components').map(([key, value]) => [key, value])),
    ...Object.fromEntries(Object.entries(d.paths ?? {}).map(([path, value]) => [`paths ${path}`, value])),
    ...Object.fromEntries(Object.entries(d.components?.schemas ?? {}).map(([name, value]) => [`schema ${name}`, value])),
    securitySchemes: d.components?.securitySchemes,
  });
  const [a, b] = [members(committed), members(current)] as Array<Record<string, unknown>>;
  return [...new Set([...Object.keys(a!), ...Object.keys(b!)])].filter((key) => JSON.stringify(a![key]) !== JSON.stringify(b![key]));
}

describe('the OpenAPI contract', () => {
  let app: NestExpressApplication;
  let document: OpenAPIObject;
  let dataDir: string;

  beforeAll(async () => {
    assertPgliteCanLoad();
    dataDir = mkdtempSync(join(tmpdir(), 'iwmo-openapi-'));
    // The document does not depend on the configuration; the app boots without Redis, so the test's Redis only when there is one.
    const config = validateEnv({ PORT: '0', DATA_DIR: dataDir, SEED_DEMO: 'false', WORKER_MODE: 'separate', ...(redisUrl && { REDIS_URL: redisUrl }) });
    app = await createGatewayApp(config, { logger: false });
    document = openApiDocument(app);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is committed as docs/openapi.json, up to date', () => {
    const committed = existsSync(openApiFile()) ? readFileSync(openApiFile(), 'utf8') : '';
    if (committed === openApiJson(document)) return;
    const where = committed ? differences(JSON.parse(committed) as OpenAPIObject, JSON.parse(openApiJson(document)) as OpenAPIObject) : ['the file is missing'];
    throw new Error(`docs/openapi.json is stale; run npm run openapi and commit it. It differs at: ${where.join(', ')}`);
  });

  it('gives every answer of every operation a schema', () => {
    const missing = operations(document).flatMap(([operation, o]) =>
      answers(o).flatMap(([status, response]) => {
        const content = 'content' in response ? response.content : undefined;
        if (!content || Object.keys(content).length === 0) return [`${operation} ${status}: no content`];
        return Object.entries(content).filter(([, media]) => !media.schema).map(([type]) => `${operation} ${status} ${type}: no schema`);
      }),
    );
    expect(missing).toEqual([]);
  });

  it('answers every refusal as application/problem+json', () => {
    const other = operations(document).flatMap(([operation, o]) =>
      answers(o)
        .filter(([status]) => Number(status) >= 400 && !NOT_PROBLEMS.has(`${operation} ${status}`))
        .flatMap(([status, response]) => Object.keys(('content' in response && response.content) || {}).filter((type) => type !== 'application/problem+json').map((type) => `${operation} ${status} ${type}`)),
    );
    expect(other).toEqual([]);
  });

  it('names the key each endpoint needs, as its guards require it', () => {
    const routes = securityByRoute(app);
    const wrong = operations(document).flatMap(([operation, o]) => {
      if (!routes.has(operation)) return [`${operation}: no such route`];
      return JSON.stringify(o.security ?? null) === JSON.stringify(routes.get(operation)) ? [] : [`${operation}: security ${JSON.stringify(o.security)}, guards want ${JSON.stringify(routes.get(operation))}`];
    });
    expect(wrong).toEqual([]);
    expect(operations(document).length).toBeGreaterThan(50);
  });
});
