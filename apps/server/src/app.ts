import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import type { AppContext } from './lib/context.js';
import { featureRoutes } from './modules/index.js';
import { registerOps } from './ops/ops.routes.js';
import { registerErrorHandler } from './plugins/error-handler.js';
import { registerInputGuard } from './plugins/input-guard.js';
import { registerLoadShedding } from './plugins/load-shedding.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerReadRouting } from './plugins/read-routing.js';
import { registerSecurityHeaders } from './plugins/security-headers.js';
import { registerSession } from './plugins/session.js';
import { registerSpa } from './plugins/spa.js';

/** Builds the HTTP app: plugins, then feature modules, one error handler (architecture.md §2). */
export async function buildApp(
  ctx: AppContext,
  options: {
    logger?: boolean;
    /** Tests: serve the SPA from here instead of apps/web/dist. */
    webRoot?: string;
    /** Tests: sees every route as it is registered (the generated authorization suite). */
    onRoute?: (route: RouteOptions) => void;
  } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: ctx.config.logLevel,
            redact: [
              'req.headers.cookie',
              'req.headers.authorization',
              'req.headers["x-csrf-token"]',
            ],
          },
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming)
        ? incoming
        : randomUUID();
    },
    trustProxy: ctx.config.trustProxy,
    bodyLimit: 1024 * 1024,
  });
  // First hook of all: a shed request costs no session lookup or body parsing (issue 15).
  registerLoadShedding(app, ctx.config.maxInFlightRequests);
  // Tests read the real route table (the generated authorization suite, issue #12).
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  registerSecurityHeaders(app, ctx.config);
  registerErrorHandler(app);
  await app.register(cookie);
  registerSession(app, ctx);
  registerReadRouting(app, ctx);
  registerInputGuard(app);
  await registerOpenApi(app);
  registerOps(app, ctx);
  for (const routes of featureRoutes) await app.register(routes(ctx));
  await registerSpa(app, options.webRoot);
  return app;
}
