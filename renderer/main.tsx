import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { followOtherWindows, initialLanguage, showLanguage } from './i18n/language';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// The page's language first (its catalog is a chunk of its own unless English), then the page;
// the language followed when another window of this browser picks one (console → projector).
void showLanguage(initialLanguage()).then(() => {
  followOtherWindows();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
