import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig, hasMetricsToken, Metrics } from '@hearth/api/core';
import cluster from 'node:cluster';
import { createServer, Server } from 'node:http';
import { AggregatorRegistry } from 'prom-client';

/**
 * A plain HTTP server answering `GET /metrics` on METRICS_HOST:METRICS_PORT (and METRICS_TOKEN
 * when set). `read` gives the text in the exposition format.
 */
export function serveMetrics(
  config: AppConfig,
  contentType: string,
  read: () => Promise<string>,
  log: Logger,
): Server {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' || path !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    if (config.metricsToken && !hasMetricsToken(req.headers.authorization, config.metricsToken)) {
      res.writeHead(401, { 'WWW-Authenticate': 'Bearer' }).end();
      return;
    }
    read().then(
      (text) => res.writeHead(200, { 'Content-Type': contentType }).end(text),
      (e: unknown) => {
        log.error(`Metrics: ${String(e)}`);
        res.writeHead(500).end();
      },
    );
  });
  server.listen(config.metricsPort, config.metricsHost, () =>
    log.log(`Metrics on http://${config.metricsHost}:${config.metricsPort}/metrics`),
  );
  return server;
}

/**
 * With API_WORKERS > 1 the primary process serves METRICS_PORT: it asks every API process for its
 * series (prom-client's AggregatorRegistry over the cluster's IPC) and answers with all of them,
 * each labelled with its process's `pid`.
 */
export function serveClusterMetrics(config: AppConfig): Server | undefined {
  if (!config.metricsPort) return undefined;
  const registry = new AggregatorRegistry();
  return serveMetrics(
    config,
    registry.contentType,
    () => registry.clusterMetrics(),
    new Logger('Metrics'),
  );
}

/** In a single API process, serves that process's metrics on METRICS_PORT when it is set. */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private server: Server | undefined;

  constructor(
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // In a cluster the primary serves every process's metrics (serveClusterMetrics).
    if (!this.config.metricsPort || cluster.isWorker) return;
    this.server = serveMetrics(
      this.config,
      this.metrics.contentType,
      () => this.metrics.text(),
      new Logger('Metrics'),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
