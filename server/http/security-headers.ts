import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The Content-Security-Policy of every answer. Scripts only from this origin (the Vite build has no inline
 * script), nothing may frame a page (the facilitator console must not be clickjacked), no plugins, forms and
 * the base URL stay here. Styles from this origin, plus style attributes: ECharts' SVG renderer and its
 * tooltips set them. `connect-src 'self'` covers the Socket.IO websocket on the same host and port.
 */
export const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'"],
    styleSrcAttr: ["'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/**
 * Security headers through @fastify/helmet. Left out on purpose: `upgrade-insecure-requests` (the game runs
 * over plain http on a lecture-hall network, where an upgrade to https would break every asset) and HSTS for
 * subdomains (a university domain is not ours to pin).
 */
export const registerSecurityHeaders = (app: FastifyInstance) =>
  app.register(fastifyHelmet, {
    contentSecurityPolicy,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: { maxAge: 15_552_000, includeSubDomains: false },
    crossOriginEmbedderPolicy: false,
  });
