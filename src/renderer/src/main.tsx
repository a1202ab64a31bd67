import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { TransportProvider } from './api-context';
import { DataProvider } from './data/DataProvider';
import { HARNESS_HASH } from './editor/harness-hash';
import { registerLatinFonts } from './fonts/latin-fonts';
import './fonts/ui-fonts';
import { initI18n } from './i18n';
import { chooseTransport } from './transport/choose-transport';
import './styles/base.css';
import './styles/screens.css';
import './styles/editor.css';
import './styles/story.css';
import './styles/admin.css';
import './styles/board.css';
import './styles/signoff.css';

initI18n();
registerLatinFonts();
const transport = chooseTransport();

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root');

// The editor alone (browser tests): no sign-in, no backend, nothing but the body editor.
const harness = window.location.hash === HARNESS_HASH;
// Its own chunk: the app proper loads the editor only with the story screen (lazy-screens.ts).
const EditorHarness = lazy(() =>
  Promise.all([import('./editor/EditorHarness'), import('./fonts/text-fonts')]).then(([m]) => ({
    default: m.EditorHarness,
  })),
);

createRoot(rootElement).render(
  <StrictMode>
    {harness ? (
      <Suspense>
        <EditorHarness />
      </Suspense>
    ) : (
      <TransportProvider transport={transport}>
        <DataProvider>
          <App />
        </DataProvider>
      </TransportProvider>
    )}
  </StrictMode>,
);
