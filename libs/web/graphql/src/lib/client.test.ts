import { reconnectDelay, socketUrl } from './client';

describe('socketUrl', () => {
  it('uses the page’s host, and wss on https', () => {
    expect(socketUrl('/graphql', { protocol: 'http:', host: 'localhost:4200' })).toBe(
      'ws://localhost:4200/graphql',
    );
    expect(socketUrl('/graphql', { protocol: 'https:', host: 'hearth.example' })).toBe(
      'wss://hearth.example/graphql',
    );
  });

  it('follows an absolute API address, and keeps a socket address as it is', () => {
    const page = { protocol: 'http:', host: 'localhost:4200' };
    expect(socketUrl('https://api.example/graphql', page)).toBe('wss://api.example/graphql');
    expect(socketUrl('ws://127.0.0.1:3000/graphql', page)).toBe('ws://127.0.0.1:3000/graphql');
  });
});

describe('reconnectDelay', () => {
  it('doubles from one second up to thirty, within a quarter either way', () => {
    const middle = () => 0.5;
    expect([0, 1, 2, 3, 4, 5, 9].map((n) => reconnectDelay(n, middle))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000,
    ]);
    expect(reconnectDelay(0, () => 0)).toBe(750);
    expect(reconnectDelay(0, () => 1)).toBe(1250);
  });
});
