import { describe, expect, it, vi } from 'vitest';
import { chargerConfiguration } from './configuration.loader';

const reponse = (corps: unknown, ok = true) => ({ ok, json: async () => corps }) as Response;

describe('chargerConfiguration', () => {
  it('reads an optional basemap URL', async () => {
    const config = await chargerConfiguration(vi.fn().mockResolvedValue(reponse({ fondDeCarteUrl: 'https://tuiles.local/style.json' })));
    expect(config.fondDeCarteUrl).toBe('https://tuiles.local/style.json');
  });

  it('stays offline when the file is missing, empty or unreadable', async () => {
    expect((await chargerConfiguration(vi.fn().mockResolvedValue(reponse({}, false)))).fondDeCarteUrl).toBeNull();
    expect((await chargerConfiguration(vi.fn().mockResolvedValue(reponse({ fondDeCarteUrl: ' ' })))).fondDeCarteUrl).toBeNull();
    expect(await chargerConfiguration(vi.fn().mockRejectedValue(new TypeError('réseau')))).toEqual({ fondDeCarteUrl: null });
  });
});
