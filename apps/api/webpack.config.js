// Bundles the API's own code (node_modules stay external) into dist/apps/api: main.js (the
// server) and cli.js (migrate, seed, schema). ts-loader compiles with decorator metadata.
const path = require('path');
const nodeExternals = require('webpack-node-externals');
const { TsconfigPathsPlugin } = require('tsconfig-paths-webpack-plugin');

const root = path.resolve(__dirname, '../..');

module.exports = {
  mode: process.env.NODE_ENV === 'development' ? 'development' : 'production',
  target: 'node',
  context: __dirname,
  entry: { main: './src/main.ts', cli: './src/cli.ts' },
  output: { path: path.join(root, 'dist/apps/api'), filename: '[name].js', clean: true },
  devtool: 'source-map',
  externalsPresets: { node: true },
  externals: [nodeExternals({ modulesDir: path.join(root, 'node_modules') })],
  resolve: {
    extensions: ['.ts', '.js'],
    plugins: [new TsconfigPathsPlugin({ configFile: path.join(__dirname, 'tsconfig.app.json') })],
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'ts-loader',
        exclude: /node_modules/,
        options: { transpileOnly: true, configFile: path.join(__dirname, 'tsconfig.app.json') },
      },
    ],
  },
  optimization: { minimize: false },
  performance: { hints: false },
  stats: 'errors-warnings',
  ignoreWarnings: [
    /Critical dependency/,
    // Interfaces named as parameter types of decorated methods: transpile-only compilation cannot
    // elide them from the decorator metadata. Nest reads these parameters by token or decorator,
    // never by their (erased) type, so the missing runtime export is harmless.
    /export '(AuthUser|GraphqlContext|AppConfig)' \(imported as '\w+'\) was not found/,
    /Module not found: Error: Can't resolve '(@nestjs\/(microservices|websockets)|class-transformer\/storage|@apollo\/subgraph|@as-integrations\/fastify)/,
  ],
};
