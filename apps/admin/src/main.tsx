import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { syncServerClock } from './common/server-clock.js';
import { API_URL } from './providers/http-client.js';

// Dates ("today" on the timeline, a new report's title) follow the server's clock, read before the first render.
void syncServerClock(API_URL).finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
