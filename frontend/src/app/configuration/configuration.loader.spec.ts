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
    expect((await chargerConfiguration(vi.fn().mockRejectedValue(new TypeError('réseau')))).fondDeCarteUrl).toBeNull();
  });

  it('reads the information pages a deployer wrote, keeping the well-formed parts only', async () => {
    const config = await chargerConfiguration(
      vi.fn().mockResolvedValue(
        reponse({
          conformiteAccessibilite: 'partiellement conforme',
          pages: {
            contact: {
              titre: 'Contact',
              sections: [
                {
                  titre: 'Écrire',
                  paragraphes: ['Par courriel.', 3],
                  liens: [
                    { texte: 'maillage@ars.fr', url: 'mailto:maillage@ars.fr' },
                    { texte: 'x', url: 'javascript:alert(1)' },
                  ],
                },
                { paragraphes: ['sans titre'] },
              ],
            },
            'mentions-legales': { titre: 42 },
            inconnue: { titre: 'Autre', sections: [] },
          },
        }),
      ),
    );
    expect(config.conformiteAccessibilite).toBe('partiellement conforme');
    expect(config.pages.contact).toEqual({
      titre: 'Contact',
      miseAJour: null,
      sections: [{ titre: 'Écrire', paragraphes: ['Par courriel.'], liens: [{ texte: 'maillage@ars.fr', url: 'mailto:maillage@ars.fr' }] }],
    });
    expect(config.pages['mentions-legales']).toBeUndefined();
    expect(Object.keys(config.pages)).toEqual(['contact']);
  });

  it('states « non conforme » for an unknown accessibility state', async () => {
    expect((await chargerConfiguration(vi.fn().mockResolvedValue(reponse({ conformiteAccessibilite: 'conforme' })))).conformiteAccessibilite).toBe(
      'non conforme',
    );
  });
});
