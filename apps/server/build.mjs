// Bundles the server and the workspace packages it imports into dist/server.js; npm packages stay external.
import { build } from 'esbuild';

const here = import.meta.dirname;

await build({
  entryPoints: [`${here}/src/server.ts`],
  outfile: `${here}/dist/server.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'external-npm-packages',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.kind === 'entry-point' || args.path.startsWith('@kinerja/')
            ? undefined
            : { path: args.path, external: true },
        );
      },
    },
  ],
});
