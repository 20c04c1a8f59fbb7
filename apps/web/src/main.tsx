import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@koers/runner/styles.css';
import './styles/app.css';
import { App } from './App';
import { startHyphenation } from './shell/hyphenation';

const root = document.getElementById('root')!;
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

void startHyphenation(root);
