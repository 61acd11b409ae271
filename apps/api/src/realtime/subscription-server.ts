import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  APP_CONFIG,
  AppConfig,
  AuthUser,
  formatError,
  GraphqlContext,
  LoaderRegistry,
  Metrics,
  queryLimitsRule,
} from '@hearth/api/core';
import { AccessTokenVerifier } from '@hearth/api/identity';
import { ErrorCode } from '@hearth/shared/util';
import {
  DocumentNode,
  ExecutionResult,
  GraphQLError,
  getOperationAST,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { CloseCode, Context } from 'graphql-ws';
import { Extra, useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';

/** Bounds on what one socket and one person may hold (per API process). */
export const SUBSCRIPTION_LIMITS = {
  subscriptionsPerSocket: 20,
  socketsPerPerson: 10,
  maxPayloadBytes: 64 * 1024,
};

/** WebSocket close code 1012 (RFC 6455's registry): the server is restarting. */
const SERVICE_RESTART = 1012;

/** What a connection remembers: the person it signed in as. */
type SocketState = { user?: AuthUser } & Record<PropertyKey, unknown>;

type SocketContext = Context<Record<string, unknown> | undefined, Extra & Partial<SocketState>>;

const error = (message: string, code: ErrorCode): GraphQLError =>
  new GraphQLError(message, { extensions: { code } });

/**
 * GraphQL subscriptions over the graphql-ws protocol on the API's own port and path. The socket is
 * authenticated in `connection_init` with the same access token as HTTP (missing, expired or
 * revoked: closed with 4403 Forbidden); browsers' `Origin` must be one of WEB_ORIGINS; a socket
 * holds at most 20 subscriptions and a person at most 10 sockets (per process); frames are capped
 * at 64 KiB. Only subscriptions run here: queries and mutations go over HTTP.
 */
@Injectable()
export class SubscriptionServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SubscriptionServer.name);
  private wss: WebSocketServer | null = null;
  private disposable: { dispose: () => void | Promise<void> } | null = null;
  private server: Server | null = null;
  private readonly socketsByPerson = new Map<string, number>();
  private readonly refusedOrigins = new Set<string>();
  private readonly onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void =>
    this.upgrade(req, socket, head);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly verifier: AccessTokenVerifier,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter.getHttpServer() as Server;
    this.server = server;
    this.metrics.gauge(
      'hearth_live_connections',
      'Open connections: TCP connections to the API port (http) and subscription sockets (websocket)',
      ['kind'],
      async (set) => {
        set({ kind: 'websocket' }, this.wss?.clients.size ?? 0);
        const open = await new Promise<number>((resolve) =>
          server.getConnections((e, n) => resolve(e ? 0 : n)),
        );
        set({ kind: 'http' }, open);
      },
    );
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: SUBSCRIPTION_LIMITS.maxPayloadBytes,
    });
    const schema = this.schemaHost.schema;
    const rules = [
      ...specifiedRules,
      queryLimitsRule({
        maxDepth: this.config.graphqlMaxDepth,
        maxAliases: this.config.graphqlMaxAliases,
        maxCost: this.config.graphqlMaxCost,
      }),
    ];
    this.disposable = useServer<Record<string, unknown> | undefined, SocketState>(
      {
        schema,
        onConnect: (ctx) => this.connect(ctx),
        onClose: (ctx) => this.release(ctx),
        onSubscribe: async (ctx, id, payload) => {
          // Older subscriptions of this socket come first in `subscriptions` (insertion order).
          if (
            Object.keys(ctx.subscriptions).indexOf(id) >= SUBSCRIPTION_LIMITS.subscriptionsPerSocket
          )
            return [
              error(
                `A connection holds at most ${SUBSCRIPTION_LIMITS.subscriptionsPerSocket} subscriptions.`,
                ErrorCode.RATE_LIMITED,
              ),
            ];
          const user = ctx.extra.user;
          if (!user || !(await this.verifier.stillValid(user))) {
            ctx.extra.socket.close(CloseCode.Forbidden, 'Forbidden');
            return [error('Please sign in.', ErrorCode.UNAUTHENTICATED)];
          }
          let document: DocumentNode;
          try {
            document = parse(payload.query, { maxTokens: 10_000 });
          } catch (e) {
            return [formatted(e)];
          }
          const errors = validate(schema, document, rules);
          if (errors.length > 0) return errors.map(formatted);
          const operation = getOperationAST(document, payload.operationName);
          if (operation?.operation !== OperationTypeNode.SUBSCRIPTION)
            return [
              error(
                'Only subscriptions run over this connection; send queries and mutations over HTTP.',
                ErrorCode.BAD_USER_INPUT,
              ),
            ];
          const contextValue: GraphqlContext = {
            req: { user, viaSocket: true } as unknown as GraphqlContext['req'],
            loaders: new LoaderRegistry(),
          };
          return {
            schema,
            document,
            variableValues: payload.variables ?? undefined,
            operationName: payload.operationName ?? undefined,
            contextValue,
          };
        },
        onNext: (_ctx, _id, _payload, _args, result) => formatResult(result),
        onError: (_ctx, _id, _payload, errors) => errors.map(formatted),
      },
      this.wss,
    );
    server.on('upgrade', this.onUpgrade);
  }

  /**
   * The API is stopping: no new sockets, and every open one is closed with 1012 Service Restart, a
   * code graphql-ws clients reconnect after (the web app's does, to this or another instance, and
   * then reads again what is on screen). Called first when the API stops (`stopApp`), before the
   * requests under way are drained, which would otherwise cut the sockets without a close frame.
   */
  stop(): void {
    this.server?.off('upgrade', this.onUpgrade);
    for (const client of this.wss?.clients ?? []) client.close(SERVICE_RESTART, 'Service restart');
  }

  async onApplicationShutdown(): Promise<void> {
    this.stop();
    await this.disposable?.dispose();
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const wss = this.wss;
    if (!wss || new URL(req.url ?? '/', 'http://x').pathname !== '/graphql') {
      socket.destroy();
      return;
    }
    // Browsers always send Origin on a WebSocket; graphql-ws does not check it.
    const origin = req.headers.origin;
    if (origin !== undefined && !this.config.webOrigins.includes(origin)) {
      this.logRefusedOrigin(origin);
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  }

  /**
   * Says once per origin (and for at most 100 origins) what was refused and how to allow it: a
   * page opened at an address the configuration does not know gets no live updates otherwise.
   */
  private logRefusedOrigin(origin: string): void {
    if (this.refusedOrigins.has(origin) || this.refusedOrigins.size >= 100) return;
    this.refusedOrigins.add(origin);
    this.logger.warn(
      `Refused live updates to a page at ${JSON.stringify(origin.slice(0, 200))}: that origin is not allowed ` +
        `(allowed: ${this.config.webOrigins.join(', ')}). If people open Hearth at that address, set ` +
        `PUBLIC_URL to it, or add it to WEB_ORIGINS (comma-separated).`,
    );
  }

  private async connect(ctx: SocketContext): Promise<boolean> {
    const raw = ctx.connectionParams?.['authorization'] ?? ctx.connectionParams?.['token'];
    const token = typeof raw === 'string' ? raw.replace(/^Bearer\s+/i, '') : undefined;
    const user = await this.verifier.verify(token);
    if (!user) return false;
    const held = this.socketsByPerson.get(user.id) ?? 0;
    if (held >= SUBSCRIPTION_LIMITS.socketsPerPerson) {
      this.logger.warn(`Refused a socket: ${user.id} already holds ${held}`);
      ctx.extra.socket.close(CloseCode.Forbidden, 'Too many connections');
      return false;
    }
    this.socketsByPerson.set(user.id, held + 1);
    ctx.extra.user = user;
    return true;
  }

  private release(ctx: SocketContext): void {
    const user = ctx.extra.user;
    if (!user) return;
    const held = (this.socketsByPerson.get(user.id) ?? 1) - 1;
    if (held > 0) this.socketsByPerson.set(user.id, held);
    else this.socketsByPerson.delete(user.id);
    ctx.extra.user = undefined;
  }
}

/** The same masking and codes as over HTTP. */
function formatted(e: unknown): GraphQLError {
  const original =
    e instanceof GraphQLError
      ? e
      : new GraphQLError(String(e), { originalError: e instanceof Error ? e : undefined });
  const f = formatError(original.toJSON(), original);
  return new GraphQLError(f.message, { extensions: f.extensions, path: f.path });
}

function formatResult(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  return { ...result, errors: result.errors.map(formatted) };
}
