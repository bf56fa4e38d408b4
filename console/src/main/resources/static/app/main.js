// Starts the console: finds out who is signed in, draws the frame and routes to the page in the address bar.

import { onUnauthenticated } from './lib/api.js';
import { onLocaleChange } from './lib/i18n.js';
import { load, me } from './lib/session.js';
import { currentPath, refresh, start } from './lib/router.js';
import { mountShell, redrawShell, sessionEnded, sessionStarted } from './shell.js';
import { routes } from './routes.js';

const PUBLIC_PATHS = ['/sign-in', '/register', '/invitation'];

async function boot() {
  const app = document.getElementById('app');
  app.removeAttribute('aria-busy');
  const outlet = mountShell(app);
  onUnauthenticated(sessionEnded);
  onLocaleChange(() => { redrawShell(); refresh(); });
  await load().catch(() => null);
  if (me && PUBLIC_PATHS.includes(currentPath())) history.replaceState(null, '', '/');
  if (me) sessionStarted();
  await start(routes, outlet, (route, { firstPage }) => {
    redrawShell();
    // After a navigation inside the console, screen readers continue at the new page's heading; a fresh load
    // starts at the top of the document as usual (where the skip link is).
    const title = outlet.querySelector('h1');
    if (title && !firstPage) title.focus({ preventScroll: true });
  });
}

boot();
