import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { loadLocale, storedLocale } from './lib/i18n/i18n';
import { openDeviceStore } from './lib/offline/device-store';
import { preloadPageFor } from './routes';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const container = root;
preloadPageFor(window.location.pathname);

function render(): void {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// English is downloaded only by those who chose it: they wait for it rather than see Indonesian flash.
// The typing kept on the device is read first, so an editor opening offline finds it at once.
const locale = storedLocale();
const ready = [openDeviceStore(), locale === 'id' ? Promise.resolve() : loadLocale(locale)];
void Promise.all(ready).then(render, render);
