import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config';

const address = (digit: string) => `0x${digit.repeat(40)}`;
const base = {
  name: 'Wesoła',
  chainId: 31337,
  rpcUrl: 'http://127.0.0.1:8545',
  polity: { registry: address('1'), governor: address('2'), timelock: address('3'), rounds: address('4'), results: address('5'), escrow: address('6'), deployedAtBlock: '3' },
  token: address('7'),
};

describe('serverUrl', () => {
  it('is absent when the city runs no server: the app reads the chain and a plain content service', () => {
    const config = parseConfig({ ...base, contentUrl: '/content' });
    expect(config.serverUrl).toBeUndefined();
    expect(config.contentUrl).toBe('/content');
  });

  it('may be "" (the server serves the app) or an origin, kept without a trailing slash', () => {
    expect(parseConfig({ ...base, serverUrl: '' }).serverUrl).toBe('');
    expect(parseConfig({ ...base, serverUrl: 'https://polity.wesola.pl/' }).serverUrl).toBe('https://polity.wesola.pl');
  });

  it("defaults the content service to the server's", () => {
    expect(parseConfig({ ...base, serverUrl: 'https://polity.wesola.pl' }).contentUrl).toBe('https://polity.wesola.pl/content');
    expect(parseConfig({ ...base, serverUrl: '' }).contentUrl).toBe('/content');
  });

  it('refuses what is not an http(s) address, saying what to write', () => {
    expect(() => parseConfig({ ...base, serverUrl: 'polity.wesola.pl' })).toThrow(ConfigError);
    expect(() => parseConfig({ ...base, serverUrl: 42 })).toThrow(/serverUrl must be the Polity server's http\(s\) address/);
  });
});

describe('passkeys', () => {
  const passkeys = { bundlerUrl: 'http://localhost:4337', accountFactory: address('8'), paymaster: address('9') };

  it('are on when the bundler, the account factory and the paymaster are named beside the server', () => {
    const config = parseConfig({ ...base, serverUrl: '', ...passkeys });
    expect(config.passkeys).toEqual({ bundlerUrl: 'http://localhost:4337', accountFactory: `0x${'8'.repeat(40)}`, paymaster: `0x${'9'.repeat(40)}` });
    expect(parseConfig({ ...base, serverUrl: '' }).passkeys).toBeUndefined();
    // A factory and a paymaster without a running bundler: passkeys stay off, the app works.
    expect(parseConfig({ ...base, serverUrl: '', accountFactory: passkeys.accountFactory, paymaster: passkeys.paymaster }).passkeys).toBeUndefined();
  });

  it('refuse half a setting, no server, or a bundler that is not an http(s) address, saying what to write', () => {
    expect(() => parseConfig({ ...base, serverUrl: '', bundlerUrl: passkeys.bundlerUrl })).toThrow(/bundlerUrl needs accountFactory and paymaster/);
    expect(() => parseConfig({ ...base, ...passkeys })).toThrow(/passkeys need serverUrl/);
    expect(() => parseConfig({ ...base, serverUrl: '', ...passkeys, bundlerUrl: 'localhost:4337' })).toThrow(/bundlerUrl must be/);
    expect(() => parseConfig({ ...base, serverUrl: '', ...passkeys, paymaster: '0x12' })).toThrow(/paymaster is not an address/);
  });
});
