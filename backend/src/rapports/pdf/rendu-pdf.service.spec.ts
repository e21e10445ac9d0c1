import { lireTextePdf } from './texte-pdf.spec-helper';
import { blocCarte, longueurEchelle } from './carte-svg';
import { gabaritRapport, paragraphe, tableau, titreSection } from './gabarit-rapport';
import { RenduPdfService } from './rendu-pdf.service';

const texte = (pdf: Buffer) => lireTextePdf(pdf);

describe('RenduPdfService (pdfmake in a worker thread)', () => {
  const rendu = new RenduPdfService();
  afterAll(() => rendu.onModuleDestroy());

  it('renders the reports’ template with French text, a table, a vector map and the page footer', async () => {
    const carre = 'M 0 0 L 1000 0 1000 -1000 0 -1000 Z';
    const demande = gabaritRapport({
      titre: 'Boussac : accès aux soins',
      sousTitre: 'Rapport sur la commune',
      destinataires: 'Pour un conseil municipal.',
      sections: [
        titreSection('L’essentiel'),
        paragraphe('Boussac passerait de 2,58 à 4,66 : fragile menacée → accès suffisant ; 12\u202f345 habitants « sous 4 ».'),
        tableau(['Commune', 'Habitants'], [['Œuvre-sur-Creuse', '1\u202f234']], { droite: [1] }),
        blocCarte({
          titre: 'Carte',
          entites: [{ code: '23031', chemin: carre, couleur: '#d7191c' }],
          emprise: { xmin: 0, ymin: 0, xmax: 1000, ymax: 1000 },
          misesEnValeur: ['23031'],
          legende: [{ libelle: 'Sous-dotée', couleur: '#d7191c' }],
          source: 'DREES, APL 2023',
          attribution: 'IGN, ADMIN EXPRESS',
        }),
      ],
      avertissements: ['Temps de trajet approchés.'],
      sources: [
        { libelle: 'DREES, APL', millesime: '2023' },
        { libelle: 'DREES, APL', millesime: '2023' },
      ],
      genereLe: new Date('2026-01-01T10:00:00Z'),
      sujet: 'essai',
    });
    const pdf = await rendu.rendre(demande);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { texte: brut, pages, titre } = texte(pdf);
    const t = brut.replace(/[\u00a0\u202f]/g, ' ');
    expect(titre).toBe('Boussac : accès aux soins');
    expect(pages).toBe(1);
    expect(t).toContain('Boussac : accès aux soins');
    expect(t).toContain('fragile menacée → accès suffisant');
    expect(t).toContain('12 345 habitants « sous 4 »');
    expect(t).toContain('Œuvre-sur-Creuse');
    expect(t).toContain('Échelle : 200 m');
    expect(t).toContain('Contours : IGN, ADMIN EXPRESS');
    expect(t).toContain('Document établi le 1er janvier 2026');
    expect(t).toMatch(/page 1 sur 1/);
    // the duplicated source is listed once
    expect(t.match(/DREES, APL, millésime 2023/g)).toHaveLength(1);
  });

  it('fails a broken definition in French without killing the next report', async () => {
    await expect(rendu.rendre({ definition: { content: [{ image: 'inexistante' }], defaultStyle: { font: 'DejaVuSans' } }, pied: 'x' })).rejects.toThrow();
    const pdf = await rendu.rendre({ definition: { content: ['encore'], defaultStyle: { font: 'DejaVuSans' } }, pied: 'x' });
    expect(texte(pdf).texte).toContain('encore');
  });

  it('picks a round scale length near a quarter of the map', () => {
    expect(longueurEchelle(1000)).toBe(200);
    expect(longueurEchelle(43_000)).toBe(10_000);
    expect(longueurEchelle(900_000)).toBe(200_000);
  });
});
