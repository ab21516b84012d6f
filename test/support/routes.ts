import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RateLimitedAction } from '#kernel';
import { ACCESS_POLICY, RATE_LIMIT, type AccessPolicy } from '../../apps/api/src/access/access-policy.decorator.js';

export interface DiscoveredRoute {
  method: string;
  path: string;
  /** `Controller.handler`, to name the culprit when a route has no policy. */
  source: string;
  policy: AccessPolicy | undefined;
  /** The rate limit the route declares (@Limit), if any. */
  limit: RateLimitedAction | undefined;
}

const GLOBAL_PREFIX = 'api';

const asArray = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

const joinPath = (...segments: string[]) =>
  '/' +
  segments
    .flatMap((segment) => segment.split('/'))
    .filter((part) => part !== '')
    .join('/');

/**
 * Every route of every controller the running application registered, read
 * from Nest's own module container (AppModule does not import DiscoveryModule,
 * so the service is built on the container directly).
 */
export function discoverRoutes(app: NestFastifyApplication): DiscoveredRoute[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const routes = new Map<string, DiscoveredRoute>();
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as Type | null;
    if (!controller) continue;
    const prefixes = asArray(reflector.get<string | string[]>(PATH_METADATA, controller));
    for (const name of scanner.getAllMethodNames(controller.prototype)) {
      const handler = (controller.prototype as Record<string, unknown>)[name];
      if (typeof handler !== 'function') continue;
      const paths = reflector.get<string | string[] | undefined>(PATH_METADATA, handler);
      if (paths === undefined) continue;
      const method = RequestMethod[reflector.get<RequestMethod>(METHOD_METADATA, handler)];
      for (const prefix of prefixes.length > 0 ? prefixes : ['/']) {
        for (const path of asArray(paths)) {
          const full = joinPath(GLOBAL_PREFIX, prefix, path);
          routes.set(`${method} ${full}`, {
            method,
            path: full,
            source: `${controller.name}.${name}`,
            policy: reflector.get<AccessPolicy | undefined>(ACCESS_POLICY, handler),
            limit: reflector.get<RateLimitedAction | undefined>(RATE_LIMIT, handler),
          });
        }
      }
    }
  }
  return [...routes.values()];
}
