import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { Campaign, ServerRendered } from './Campaign';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
    <Campaign />
    <ServerRendered />
  </StrictMode>,
);
