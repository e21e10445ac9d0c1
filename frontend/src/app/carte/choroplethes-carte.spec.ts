import { TestBed } from '@angular/core/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { INDICATEUR_APL, INDICATEUR_APL_MOINS_65, INDICATEUR_CLASSE, INDICATEUR_FRAGILITE } from '../indicateurs/acces.indicateurs';
import { ChoroplethIndicateur } from '../indicateurs/indicateur';
import { CarteFactice } from './carte-factice';
import { CarteService } from './carte.service';
import { COUCHES_INDICATEURS_GARDEES, ChoroplethesCarte } from './choroplethes-carte';
import { COUCHE_COMMUNES_CHOROPLETHE, DEFINITION_COMMUNES_CIBLE, idCoucheIndicateur } from './couches/communes-choroplethe.couche';
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
    expect(carte.etats.get('communes/communes/42218')).toEqual({ 'apl:dernier': 4.1, 'fragilite:dernier': 0.3 });
    expect(carte.etats.get('communes/communes/2A004')).toEqual({ 'apl:dernier': 2.2 });
    // One fill per vintage, below the invisible pointer target.
    expect(carte.couches).toEqual([idCoucheIndicateur('apl:dernier'), idCoucheIndicateur('fragilite:dernier'), COUCHE_COMMUNES_CHOROPLETHE]);
  });

  it('switches back to a vintage already on the map by flipping two opacities: no feature-state, no layer rebuilt', () => {
    choroplethes.afficher(apl);
    choroplethes.afficher(fragilite);
    const etats = vi.spyOn(carte, 'setFeatureState');
    carte.appels = [];

    choroplethes.afficher(apl);

    expect(etats).not.toHaveBeenCalled();
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
    expect(carte.etats.get('communes/communes/42218')).toEqual({ 'apl:dernier': 4.1 });
    choroplethes.afficher({ ...apl, valeurs: new Map([['2A004', 3]]) });
    expect(carte.etats.get('communes/communes/42218')).toEqual({ 'apl:dernier': null });
  });

  it('keeps the layers of the last vintages shown only, and brings an older one back without setting its values again', () => {
    const moins65: ChoroplethIndicateur = { cle: 'apl_moins_65:dernier', indicateur: INDICATEUR_APL_MOINS_65, valeurs: new Map([['42218', 3.9]]) };
    const classe: ChoroplethIndicateur = { cle: 'classe:dernier', indicateur: INDICATEUR_CLASSE, valeurs: new Map([['42218', 3]]) };
    expect(COUCHES_INDICATEURS_GARDEES).toBe(3);
    for (const c of [apl, fragilite, moins65, classe]) choroplethes.afficher(c);
    expect(carte.couches).toEqual(['fragilite:dernier', 'apl_moins_65:dernier', 'classe:dernier'].map(idCoucheIndicateur).concat(COUCHE_COMMUNES_CHOROPLETHE));
    const etats = vi.spyOn(carte, 'setFeatureState');
    choroplethes.afficher(apl);
    expect(etats).not.toHaveBeenCalled();
    expect(carte.couches).toContain(idCoucheIndicateur('apl:dernier'));
    expect(carte.couches).not.toContain(idCoucheIndicateur('fragilite:dernier'));
    expect(carte.etats.get('communes/communes/42218')).toEqual(expect.objectContaining({ 'apl:dernier': 4.1, 'fragilite:dernier': 0.3 }));
  });
});
