// A local stand-in for AWS endpoints on 127.0.0.1: records every request and answers through a route table keyed
// by the operation (X-Amz-Target for JSON protocols, the Action parameter for the query protocol of SNS).
import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WireRequest {
  readonly operation: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

export interface WireResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

export type Route = (request: WireRequest, nth: number) => WireResponse;

export function json(body: unknown, status = 200): WireResponse {
  return { status, contentType: 'application/x-amz-json-1.1', body: JSON.stringify(body) };
}

export function jsonError(type: string, message: string, status = 400): WireResponse {
  return json({ __type: type, message }, status);
}

export function queryError(code: string, message: string, status = 500): WireResponse {
  return {
    status,
    contentType: 'text/xml',
    body: `<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>Receiver</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>req-1</RequestId></ErrorResponse>`,
  };
}

export class AwsWireServer {
  readonly requests: WireRequest[] = [];
  private readonly server: Server;
  private readonly counts = new Map<string, number>();

  constructor(private readonly routes: Record<string, Route>) {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const target = req.headers['x-amz-target'];
        const operation =
          typeof target === 'string' ? target : (new URLSearchParams(body).get('Action') ?? 'unknown');
        const request = { operation, headers: req.headers, body };
        this.requests.push(request);
        const nth = (this.counts.get(operation) ?? 0) + 1;
        this.counts.set(operation, nth);
        const route = this.routes[operation];
        const answer = route
          ? route(request, nth)
          : jsonError('UnknownOperationException', `no route for ${operation}`);
        res.writeHead(answer.status, {
          'content-type': answer.contentType,
          'x-amzn-requestid': `req-${nth}`,
        });
        res.end(answer.body);
      });
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.server.close((e) => (e ? reject(e) : resolve())));
  }

  of(operation: string): WireRequest[] {
    return this.requests.filter((r) => r.operation === operation);
  }
}
