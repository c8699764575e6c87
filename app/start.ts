/** `npm start`: the web server on the embedded default (offline, sample knowledge base). */
import { loadConfig, loadDotEnv, ConfigError } from './config';
import { startServer } from './server';

loadDotEnv();
let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78);
  }
  throw error;
}
const server = await startServer(config);
console.log(`After-sales assistant running at ${server.url} (Ctrl-C to stop) / 售后助手已启动：${server.url}`);
const shutdown = async () => {
  await server.close();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
