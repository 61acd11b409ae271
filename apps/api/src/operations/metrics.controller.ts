import { Controller, Get, Headers, Inject, NotFoundException, Res } from '@nestjs/common';
import { APP_CONFIG, AppConfig, hasMetricsToken, Metrics, Public } from '@hearth/api/core';
import type { Response } from 'express';

/**
 * `/metrics` on the API port, for Prometheus: only when METRICS_TOKEN is set, and only with
 * `Authorization: Bearer <METRICS_TOKEN>` (else 401). Without a token it does not exist here (404):
 * set METRICS_PORT to serve metrics off the public port instead.
 */
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const token = this.config.metricsToken;
    if (!token) throw new NotFoundException();
    if (!hasMetricsToken(authorization, token)) {
      res.status(401).setHeader('WWW-Authenticate', 'Bearer').json({ message: 'Unauthorized' });
      return;
    }
    res.setHeader('Content-Type', this.metrics.contentType);
    res.send(await this.metrics.text());
  }
}
