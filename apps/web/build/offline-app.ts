import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { APP_ICONS, appIconPng } from './app-icons';
import { serviceWorkerSource } from './service-worker-source';

// The installable, offline-capable app (issue 17): the web manifest, its icons and the service
// worker, written into the build beside index.html.

const THEME = '#0b4f8a';

/** The web manifest: Indonesian name, standalone display, our icons (any + maskable). */
export function webManifest(): Record<string, unknown> {
  return {
    id: '/',
    name: 'Kinerja',
    short_name: 'Kinerja',
    description: 'Pengelolaan Kinerja Guru dan Kepala Sekolah',
    lang: 'id',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    background_color: '#ffffff',
    theme_color: THEME,
    icons: APP_ICONS.map((icon) => ({
      src: `/${icon.file}`,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}

/** Emits manifest.webmanifest, the icons and sw.js (precaching every built script and style). */
export function offlineApp(): Plugin {
  return {
    name: 'kinerja-offline-app',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const icon of APP_ICONS) {
        this.emitFile({
          type: 'asset',
          fileName: icon.file,
          source: appIconPng(icon.size, icon.purpose === 'maskable'),
        });
      }
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.webmanifest',
        source: JSON.stringify(webManifest(), null, 2),
      });
      const shell = Object.keys(bundle)
        .filter((file) => /\.(js|css)$/.test(file))
        .map((file) => `/${file}`)
        .concat('/manifest.webmanifest', ...APP_ICONS.map((icon) => `/${icon.file}`))
        .sort();
      // Hashed file names change with their content, so the list names the release.
      const version = createHash('sha256').update(shell.join('\n')).digest('hex').slice(0, 16);
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: serviceWorkerSource(version, shell),
      });
    },
  };
}
