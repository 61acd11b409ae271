import { act, render, screen } from '@testing-library/react';
import { LiveStatus, LiveStatusProvider } from '@hearth/web/graphql';
import { LiveConnectionStatus, RECONNECTING_NOTICE_DELAY_MS } from './shell';

describe('LiveConnectionStatus', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says "Reconnecting…" only once the connection has been down a moment, and clears when back', () => {
    const status = new LiveStatus();
    render(
      <LiveStatusProvider status={status}>
        <LiveConnectionStatus />
      </LiveStatusProvider>,
    );
    const region = screen.getByRole('status');
    act(() => status.set('live'));
    act(() => status.set('reconnecting'));
    expect(region).toBeEmptyDOMElement();
    act(() => {
      vi.advanceTimersByTime(RECONNECTING_NOTICE_DELAY_MS + 10);
    });
    expect(region).toHaveTextContent('Reconnecting…');
    act(() => status.set('live'));
    expect(region).toBeEmptyDOMElement();
  });

  it('stays quiet for a drop shorter than the delay', () => {
    const status = new LiveStatus();
    render(
      <LiveStatusProvider status={status}>
        <LiveConnectionStatus />
      </LiveStatusProvider>,
    );
    act(() => status.set('reconnecting'));
    act(() => {
      vi.advanceTimersByTime(RECONNECTING_NOTICE_DELAY_MS - 500);
    });
    act(() => status.set('live'));
    act(() => {
      vi.advanceTimersByTime(RECONNECTING_NOTICE_DELAY_MS);
    });
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
