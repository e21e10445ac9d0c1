import { echapperHtml, ficheProjetHtml } from './fiche-html';
import { Projet } from './projets.repository';

describe('fiche projet HTML', () => {
  it('escapes user text (no script injection)', () => {
    expect(echapperHtml('<script>alert("x")</script>')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    const p = {
      id: 'a', nom: '<img src=x onerror=alert(1)>', type: 'msp', etape: 'financement', communeCode: '31555', communeNom: 'Toulouse',
      departementCode: '31', porteurType: 'collectivite', porteurNom: 'Commune', professionnels: [], projetSanteValide: true,
      projetSanteDate: '2026-03-15', formeJuridique: 'sisa', planFinancement: [], documents: [{ titre: 't', url: 'https://x.fr/"a' }],
      dateLancement: null, dateOuverturePrevue: null, dateOuverture: null,
    } as unknown as Projet;
    const html = ficheProjetHtml(p, [{ id: 'b', nom: 'MSP voisine', type: 'msp', etape: 'idee', communeCode: '31069', communeNom: 'Blagnac', minutes: 9.5 }], { disponible: false, message: 'non branché' });
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('validé le 15/03/2026');
    expect(html).toContain('Attention : 1 projet(s) à moins de 20 minutes');
    expect(html).toContain('href="https://x.fr/&quot;a"');
  });
});
