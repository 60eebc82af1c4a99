import { act, render, screen } from '@testing-library/react';
import { FakeHost } from './fake-host';
import { HostProvider, useHost, useHostTheme } from './host-context';

function ThemeLabel() {
  const theme = useHostTheme();
  return <p>theme: {theme}</p>;
}

function KindLabel() {
  return <p>kind: {useHost().kind}</p>;
}

describe('HostProvider and hooks', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('gives screens the host', () => {
    render(
      <HostProvider host={new FakeHost({ kind: 'outlook' })}>
        <KindLabel />
      </HostProvider>,
    );
    expect(screen.getByText('kind: outlook')).toBeTruthy();
  });

  it('re-renders on theme changes and unsubscribes on unmount', () => {
    const host = new FakeHost();
    const { unmount } = render(
      <HostProvider host={host}>
        <ThemeLabel />
      </HostProvider>,
    );
    expect(screen.getByText('theme: default')).toBeTruthy();
    act(() => {
      host.setTheme('contrast');
    });
    expect(screen.getByText('theme: contrast')).toBeTruthy();
    unmount();
    expect(host.themeListenerCount).toBe(0);
  });

  it('says how to fix a missing provider', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<KindLabel />)).toThrow(
      'useHost() found no host: render this component inside <HostProvider host={...}>',
    );
  });
});
