import { esbuildPlugin } from '@web/dev-server-esbuild';

const hostname = '127.0.0.1';
/** `PORT=8080 npm start` serves elsewhere; 8000 by default. */
const port = Number(process.env.PORT) || 8000;

/** Says, once the server listens, the one address to open (the server's own lines also list a network address it does not answer on). */
const sayUrl = {
  name: 'say-url',
  serverStart({ config }) {
    console.log(`\nClaimmark demo: http://${hostname}:${config.port}/  (PORT=8080 npm start serves on another port)\n`);
  },
};

/** `npm start`: the demo (index.html) with TypeScript compiled on the fly. */
export default {
  hostname,
  port,
  open: false,
  // reload the page when a file changes; without a watcher the server would keep serving its first build of each file
  watch: true,
  nodeResolve: true,
  appIndex: 'index.html',
  rootDir: '.',
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), sayUrl],
};
