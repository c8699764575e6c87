// Preloaded with `node --require` into a child process (and, through inherited execArgv, into
// its worker threads): every way Node reaches the network is replaced by a stub that records
// the attempt in $NETWORK_LOG and fails it. The test then reads the log. Local IPC over Unix
// sockets is let through: it cannot leave the machine.
const fs = require('node:fs');
const net = require('node:net');
const dns = require('node:dns');
const { isMainThread, threadId } = require('node:worker_threads');

const log = process.env.NETWORK_LOG;
function record(what) {
  fs.appendFileSync(log, `${isMainThread ? 'main' : `worker-${threadId}`} ${what}\n`);
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function blockedConnect(...args) {
  // Node passes either (options, cb), (port, host, cb), (path, cb) or one pre-normalised array.
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const localPath = typeof first === 'string' && Number.isNaN(Number(first)) ? first : typeof first === 'object' && first !== null ? first.path : undefined;
  // Unix sockets and pipes are local IPC (tsx's loader talks to itself this way), not network.
  if (localPath) return connect.apply(this, args);
  const target = typeof first === 'object' && first !== null ? `${first.host ?? 'localhost'}:${first.port}` : String(first);
  record(`connect ${target}`);
  process.nextTick(() => this.destroy(new Error('network blocked by test')));
  return this;
};
dns.lookup = function lookup(host, ...rest) {
  record(`dns ${host}`);
  const callback = rest.pop();
  process.nextTick(callback, new Error('dns blocked by test'));
};
globalThis.fetch = async function fetch(url) {
  record(`fetch ${url}`);
  throw new TypeError('fetch blocked by test');
};
