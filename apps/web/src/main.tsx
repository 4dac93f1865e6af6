import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { loadLocale, storedLocale } from './lib/i18n/i18n';
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
const locale = storedLocale();
if (locale === 'id') render();
else void loadLocale(locale).then(render, render);
