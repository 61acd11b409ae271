# Hearth images. Build both with `docker compose build`; the targets are:
#   api  the NestJS API (runs migrations, then listens on 3000)
#   web  nginx serving the built web app and proxying /graphql to the API
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ENV NX_NO_CLOUD=true NX_DAEMON=false
RUN npx webpack-cli build --config apps/api/webpack.config.js \
 && npx vite build --config apps/web/vite.config.ts --logLevel warn \
 && npm prune --omit=dev

FROM node:20-bookworm-slim AS api
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 WEB_DIST_DIR=""
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist/apps/api ./dist/apps/api
USER node
EXPOSE 3000
# Ready: the database (and Redis, when REDIS_URL is set) answers; see README "Operating Hearth".
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:3000/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Migrations run before the server listens; a failed migration stops the container.
# A larger young generation: the API allocates many short-lived objects per request, and fewer
# scavenges measurably raise feed throughput (docs/PERFORMANCE.md).
CMD ["sh", "-c", "node dist/apps/api/cli.js migrate && exec node --max-semi-space-size=64 dist/apps/api/main.js"]

FROM nginx:1.27-alpine AS web
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/apps/web /usr/share/nginx/html
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD wget -q -O /dev/null http://127.0.0.1:8080/ || exit 1
