import { render, screen } from '@testing-library/react';
import { EditedAt } from './edited-at';

describe('EditedAt', () => {
  it('says how long ago, as a machine-readable time with the exact time on hover', () => {
    const at = new Date(Date.now() - 5 * 60_000).toISOString();
    render(<EditedAt at={at} />);
    const time = screen.getByText('5 minutes ago');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', at);
    expect(time).toHaveAttribute('title', new Date(at).toLocaleString());
    expect(time.parentElement).toHaveTextContent('· edited 5 minutes ago');
  });
});
