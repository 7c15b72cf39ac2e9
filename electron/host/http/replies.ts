// Small HTTP helpers for the host: security headers, bounded JSON bodies, JSON replies.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { hostWords, type HostWords } from '../../../shared/protocol/hostWords';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Loopback names: the only origins of this plain-http host that browsers count as trustworthy. */
const LOOPBACK_HOST = /^(?:127(?:\.\d{1,3}){3}|localhost|\[::1\])(?::\d+)?$/i;

/**
 * The headers every reply carries. Cross-Origin-Opener-Policy only where a browser honours it:
 * over plain http to a LAN address Chromium ignores it and logs an error on every attendee page.
 */
export function securityHeaders(res: ServerResponse, req: IncomingMessage): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  if (LOOPBACK_HOST.test(req.headers.host ?? ''))
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
}

/** Parses a request URL without throwing: a hostile request line like `GET //[` yields null. */
export function requestUrl(req: IncomingMessage): URL | null {
  try {
    return new URL(req.url ?? '/', 'http://host.invalid');
  } catch {
    return null;
  }
}

/** A request body over `limit` bytes (an import too big for the host). */
function tooBig(limit: number): HttpError {
  const message = `The request is larger than ${limit} bytes.`;
  return new HttpError(413, message, hostWords('request.tooBig', { bytes: limit }, message));
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The message as a code and values: the error body carries them beside its English. */
    readonly words?: HostWords,
  ) {
    super(message);
  }
}

/** Reads a request body up to `limit` bytes; larger bodies are refused with 413. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(tooBig(limit));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(tooBig(limit));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const body = await readBody(req, limit);
  if (body.length === 0) return {};
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/** Counts failures per key in a sliding minute; used against guessing join codes. */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();
  constructor(
    private readonly maxPerMinute: number,
    private readonly now: () => number = Date.now,
  ) {}
  blocked(key: string): boolean {
    const cutoff = this.now() - 60_000;
    const list = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    this.failures.set(key, list);
    return list.length >= this.maxPerMinute;
  }
  fail(key: string): void {
    const list = this.failures.get(key) ?? [];
    list.push(this.now());
    this.failures.set(key, list);
  }
}
