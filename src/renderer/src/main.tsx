import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { TransportProvider } from './api-context';
import { NoTokenScreen } from './components/NoTokenScreen';
import { EditorHarness, HARNESS_HASH } from './editor/EditorHarness';
import { loadBundledFonts } from './fonts/bundled-fonts';
import { initI18n } from './i18n';
import { chooseTransport } from './transport/choose-transport';
import './styles/base.css';
import './styles/screens.css';
import './styles/editor.css';
import './styles/story.css';
import './styles/admin.css';
import './styles/board.css';

initI18n();
void loadBundledFonts();
const choice = chooseTransport();

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root');

// The editor alone (browser tests): no token, no backend, nothing but the body editor.
const harness = window.location.hash === HARNESS_HASH;

createRoot(rootElement).render(
  <StrictMode>
    {harness ? (
      <EditorHarness />
    ) : choice.ok ? (
      <TransportProvider transport={choice.transport}>
        <App />
      </TransportProvider>
    ) : (
      <NoTokenScreen />
    )}
  </StrictMode>,
);
