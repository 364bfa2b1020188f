import {describe, expect, it} from 'vitest';

describe('importing the package in Node (server rendering, tests)', () => {
  it('defines nothing and needs no window at import time', async () => {
    expect(typeof window).toBe('undefined');
    const mod = await import('../../src/index.js');
    expect(typeof mod.CpiIndex).toBe('function');
    expect(typeof mod.parseFeed).toBe('function');
    // Lit's Node build installs a shim registry; our modules must leave it empty.
    for (const tag of ['cpi-index', 'cpi-section-card', 'cpi-register-cta', 'cpi-status-badge']) {
      expect(globalThis.customElements?.get(tag)).toBeUndefined();
    }
    expect(typeof window).toBe('undefined');
    expect(typeof localStorage).toBe('undefined');
  });
});
