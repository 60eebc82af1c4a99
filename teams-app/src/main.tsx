import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './app/Root';
import { detectHost } from './host/detect-host';
import { readHostConfig } from './host/host-config';

const element = document.getElementById('root');
if (!element) throw new Error('The page has no #root element');
const root = createRoot(element);
void detectHost({ config: readHostConfig(document) }).then((host) => {
  root.render(
    <StrictMode>
      <Root host={host} />
    </StrictMode>,
  );
});
