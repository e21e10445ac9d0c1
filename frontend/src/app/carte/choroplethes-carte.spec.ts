import { TestBed } from '@angular/core/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { INDICATEUR_APL, INDICATEUR_APL_MOINS_65, INDICATEUR_CLASSE, INDICATEUR_FRAGILITE } from '../indicateurs/acces.indicateurs';
import { ChoroplethIndicateur } from '../indicateurs/indicateur';
import { CarteFactice } from './carte-factice';
import { CarteService } from './carte.service';
import { COUCHES_INDICATEURS_GARDEES, ChoroplethesCarte } from './choroplethes-carte';
import { COUCHE_COMMUNES_CHOROPLETHE, DEFINITION_COMMUNES_CIBLE, idCoucheIndicateur } from './couches/communes-choroplethe.couche';
import { COUCHE_COMMUNES_SANS_DONNEE, ETAT_AVEC_DONNEE, IMAGE_SANS_DONNEE } from './couches/communes-sans-donnee.couche';
import { FABRIQUE_CARTE } from './fabrique-carte';
import { STYLE_HORS_LIGNE } from './style-hors-ligne';

const source = { type: 'vector' as const, tiles: ['http://test/{z}/{x}/{y}.pbf'], promoteId: 'code' };
const apl: ChoroplethIndicateur = {
  cle: 'apl:dernier',
  indicateur: INDICATEUR_APL,
  valeurs: new Map([
    ['42218', 4.1],
    ['2A004', 2.2],
  ]),
};
const fragilite: ChoroplethIndicateur = { cle: 'fragilite:dernier', indicateur: INDICATEUR_FRAGILITE, valeurs: new Map([['42218', 0.3]]) };

describe('ChoroplethesCarte', () => {
  let carte: CarteFactice;
  let service: CarteService;
  let choroplethes: ChoroplethesCarte;

  beforeEach(async () => {
    carte = new CarteFactice();
    TestBed.configureTestingModule({ providers: [CarteService, { provide: FABRIQUE_CARTE, useValue: vi.fn(async () => carte.enTantQueCarte()) }] });
    service = TestBed.inject(CarteService);
    service.definirSource('communes', source);
    service.definirCouche(DEFINITION_COMMUNES_CIBLE);
    await service.creer(document.createElement('div'), { style: STYLE_HORS_LIGNE, centre: [2, 46], zoom: 5 });
    carte.emettre('style.load');
    choroplethes = new ChoroplethesCarte(service);
  });

  it('sets each vintage’s values once under its own feature-state key, so the vintages coexist', () => {
    choroplethes.afficher(apl);
    choroplethes.afficher(fragilite);
    expect(carte.etats.get('communes/communes/42218')).toEqual({ 'apl:dernier': 4.1, 'fragilite:dernier': 0.3, [ETAT_AVEC_DONNEE]: true });
    // 2A004 has no fragility value: its « avec donnée » state is cleared, so it is striped.
    expect(carte.etats.get('communes/communes/2A004')).toEqual({ 'apl:dernier': 2.2, [ETAT_AVEC_DONNEE]: null });
    // One fill per vintage, then the stripes of the communes without a value, below the invisible pointer target.
    expect(carte.couches).toEqual([
      idCoucheIndicateur('apl:dernier'),
      idCoucheIndicateur('fragilite:dernier'),
      COUCHE_COMMUNES_SANS_DONNEE,
      COUCHE_COMMUNES_CHOROPLETHE,
    ]);
    expect(carte.images.has(IMAGE_SANS_DONNEE)).toBe(true);
  });

  it('stripes nothing while no vintage has values (outlines only), and the communes without a value once they arrive', () => {
    choroplethes.afficher({ ...apl, valeurs: new Map() });
    expect(carte.couches).not.toContain(COUCHE_COMMUNES_SANS_DONNEE);
    choroplethes.afficher(apl);
    expect(carte.couches).toContain(COUCHE_COMMUNES_SANS_DONNEE);
    const opacite = (service as unknown as { couches: Map<string, { specification: { paint: Record<string, unknown> } }> }).couches.get(
      COUCHE_COMMUNES_SANS_DONNEE,
    )!.specification.paint['fill-opacity'];
    expect(JSON.stringify(opacite)).toContain(`["feature-state","${ETAT_AVEC_DONNEE}"]`);
    expect(carte.etats.get('communes/communes/42218')).toEqual(expect.objectContaining({ [ETAT_AVEC_DONNEE]: true }));
  });

  it('switches back to a vintage already on the map by flipping two opacities: no value set again, no layer rebuilt', () => {
    choroplethes.afficher(apl);
    choroplethes.afficher(fragilite);
    const etats = vi.spyOn(carte, 'setFeatureState');
    carte.appels = [];

    choroplethes.afficher(apl);

    // Only the commune whose having a value differs gets its « avec donnée » state back.
    expect(etats.mock.calls).toEqual([[{ source: 'communes', sourceLayer: 'communes', id: '2A004' }, { [ETAT_AVEC_DONNEE]: true }]]);
    expect(carte.appels).toEqual([
      `setPaintProperty:${idCoucheIndicateur('fragilite:dernier')}:fill-opacity:0`,
      `setPaintProperty:${idCoucheIndicateur('apl:dernier')}:fill-opacity:1`,
    ]);
  });

  it('paints each vintage from its own key, opaque only while chosen, without anti-aliased outline', () => {
    choroplethes.afficher(apl);
    choroplethes.afficher(fragilite);
    const couche = (cle: string) =>
      (service as unknown as { couches: Map<string, { specification: { paint: Record<string, unknown> } }> }).couches.get(idCoucheIndicateur(cle))!
        .specification.paint;
    expect(JSON.stringify(couche('apl:dernier')['fill-color'])).toContain('["feature-state","apl:dernier"]');
    expect(couche('apl:dernier')['fill-opacity']).toBe(0);
    expect(couche('fragilite:dernier')).toEqual(expect.objectContaining({ 'fill-opacity': 1, 'fill-antialias': false }));
  });

  it('sets the values again when new ones arrive for the same vintage (a failed download retried), clearing absent communes', () => {
    choroplethes.afficher({ ...apl, valeurs: new Map() });
    choroplethes.afficher(apl);
    expect(carte.etats.get('communes/communes/42218')).toEqual({ 'apl:dernier': 4.1, [ETAT_AVEC_DONNEE]: true });
    choroplethes.afficher({ ...apl, valeurs: new Map([['2A004', 3]]) });
    expect(carte.etats.get('communes/communes/42218')).toEqual({ 'apl:dernier': null, [ETAT_AVEC_DONNEE]: null });
  });

  it('keeps the layers of the last vintages shown only, and brings an older one back without setting its values again', () => {
    const moins65: ChoroplethIndicateur = { cle: 'apl_moins_65:dernier', indicateur: INDICATEUR_APL_MOINS_65, valeurs: new Map([['42218', 3.9]]) };
    const classe: ChoroplethIndicateur = { cle: 'classe:dernier', indicateur: INDICATEUR_CLASSE, valeurs: new Map([['42218', 3]]) };
    expect(COUCHES_INDICATEURS_GARDEES).toBe(3);
    for (const c of [apl, fragilite, moins65, classe]) choroplethes.afficher(c);
    expect(carte.couches).toEqual(
      ['fragilite:dernier', 'apl_moins_65:dernier', 'classe:dernier'].map(idCoucheIndicateur).concat(COUCHE_COMMUNES_SANS_DONNEE, COUCHE_COMMUNES_CHOROPLETHE),
    );
    const etats = vi.spyOn(carte, 'setFeatureState');
    choroplethes.afficher(apl);
    expect(etats.mock.calls.every(([, etat]) => Object.keys(etat).join() === ETAT_AVEC_DONNEE)).toBe(true);
    expect(carte.couches).toContain(idCoucheIndicateur('apl:dernier'));
    expect(carte.couches).not.toContain(idCoucheIndicateur('fragilite:dernier'));
    expect(carte.etats.get('communes/communes/42218')).toEqual(expect.objectContaining({ 'apl:dernier': 4.1, 'fragilite:dernier': 0.3 }));
  });
});
