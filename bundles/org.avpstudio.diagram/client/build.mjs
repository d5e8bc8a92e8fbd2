// Bundles the diagram client into ../web (packed into the bundle jar): one script, the page and its styles.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';

const out = new URL('../web/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
await build({
  entryPoints: ['src/main.tsx'],
  bundle: true,
  minify: true,
  sourcemap: false,
  target: ['es2020'],
  format: 'iife',
  jsx: 'transform',
  jsxFactory: 'svg',
  outfile: out + 'avp-diagram.js',
  logLevel: 'warning',
});
for (const file of readdirSync('static')) {
  copyFileSync('static/' + file, out + file);
}
copyFileSync('node_modules/sprotty/css/sprotty.css', out + 'sprotty.css');
