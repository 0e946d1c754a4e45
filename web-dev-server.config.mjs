import { esbuildPlugin } from '@web/dev-server-esbuild';

/** `npm start`: the demo (index.html) with TypeScript compiled on the fly. */
export default {
  hostname: '127.0.0.1',
  port: Number(process.env.PORT ?? 8000),
  open: false,
  // reload the page when a file changes; without a watcher the server would keep serving its first build of each file
  watch: true,
  nodeResolve: true,
  appIndex: 'index.html',
  rootDir: '.',
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
};
