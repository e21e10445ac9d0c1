import { TestBed } from '@angular/core/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CarteFactice } from './carte-factice';
import { CarteService } from './carte.service';
import { DefinitionCouche } from './couches/couche';
import { FABRIQUE_CARTE } from './fabrique-carte';
import { STYLE_HORS_LIGNE } from './style-hors-ligne';

const source = { type: 'vector' as const, tiles: ['http://test/{z}/{x}/{y}.pbf'], promoteId: 'code' };
const ligne = (id: string, ordre: number): DefinitionCouche => ({
  ordre,
  specification: { id, type: 'line', source: 'communes', 'source-layer': 'communes' },
});
const options = { style: STYLE_HORS_LIGNE, centre: [2, 46] as [number, number], zoom: 5 };

describe('CarteService', () => {
  let carte: CarteFactice;
  let service: CarteService;
  let fabrique: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    carte = new CarteFactice();
    fabrique = vi.fn(async () => carte.enTantQueCarte());
    TestBed.configureTestingModule({
      providers: [CarteService, { provide: FABRIQUE_CARTE, useValue: fabrique }],
    });
    service = TestBed.inject(CarteService);
  });

  it('adds what was declared before the map existed once the style has loaded, in drawing order', async () => {
    service.definirSource('communes', source);
    service.definirCouche(ligne('haut', 40));
    service.definirCouche(ligne('bas', 10));
    await service.creer(document.createElement('div'), options);
    expect(carte.couches).toEqual([]);
    expect(service.prete()).toBe(false);

    carte.emettre('style.load');

    expect(carte.couches).toEqual(['bas', 'haut']);
    expect(service.prete()).toBe(true);
    expect(fabrique).toHaveBeenCalledWith(expect.objectContaining({ center: [2, 46], zoom: 5, style: STYLE_HORS_LIGNE }));
    // No symbol fade nor style transition: a style change is drawn in one frame, not in 300 ms of frames.
    expect(fabrique).toHaveBeenCalledWith(expect.objectContaining({ fadeDuration: 0 }));
    expect(STYLE_HORS_LIGNE.transition).toEqual({ duration: 0, delay: 0 });
  });

  it('inserts a layer declared later below the layers that must be drawn above it', async () => {
    service.definirSource('communes', source);
    service.definirCouche(ligne('contours', 40));
    await service.creer(document.createElement('div'), options);
    carte.emettre('style.load');

    service.definirCouche(ligne('remplissage', 10));
    service.definirCouche(ligne('selection', 50));

    expect(carte.couches).toEqual(['remplissage', 'contours', 'selection']);
    expect(service.couchesDeclarees()).toEqual(['remplissage', 'contours', 'selection']);
  });

  it('replaces a layer declared twice with the same id instead of adding a duplicate', async () => {
    service.definirSource('communes', source);
    await service.creer(document.createElement('div'), options);
    carte.emettre('style.load');

    service.definirCouche(ligne('selection', 50));
    service.definirCouche(ligne('selection', 50));

    expect(carte.couches).toEqual(['selection']);
    // The same declaration again changes nothing on the map (nothing to rebuild).
    expect(carte.appels.filter((a) => a === 'removeLayer:selection')).toHaveLength(0);
    const autre = ligne('selection', 50);
    service.definirCouche({
      ...autre,
      specification: { ...autre.specification, filter: ['==', ['get', 'code'], '42218'] } as DefinitionCouche['specification'],
    });
    expect(carte.couches).toEqual(['selection']);
    expect(carte.appels.filter((a) => a === 'removeLayer:selection')).toHaveLength(1);
  });

  it('re-adds sources, layers and feature-states after a style change', async () => {
    service.definirSource('communes', source);
    service.definirCouche(ligne('remplissage', 10));
    await service.creer(document.createElement('div'), options);
    carte.emettre('style.load');
    service.definirEtats('communes', 'communes', 'valeur', new Map([['42218', 170_000]]));

    service.changerStyle('http://fond.example/style.json');
    expect(carte.couches).toEqual([]);
    service.retirerCouche('remplissage');
    service.definirCouche(ligne('contours', 40));
    carte.emettre('style.load');

    expect(carte.couches).toEqual(['contours']);
    expect(carte.sources.has('communes')).toBe(true);
    expect(carte.etats.get('communes/communes/42218')).toEqual({ valeur: 170_000 });
  });

  it('adds a pattern image before the layers that use it, and again after a style change', async () => {
    const motif = { width: 2, height: 2, data: new Uint8Array(16) };
    service.definirImage('hachures', motif);
    await service.creer(document.createElement('div'), options);
    carte.emettre('style.load');
    expect(carte.images.get('hachures')).toBe(motif);
    service.changerStyle('http://fond.example/style.json');
    carte.emettre('style.load');
    expect(carte.images.has('hachures')).toBe(true);
    service.definirImage('hachures', motif);
    expect(carte.appels.filter((a) => a === 'addImage:hachures')).toHaveLength(2);
  });

  it('tells what the map shows once loaded and after each move (the view the layer counts are for)', async () => {
    await service.creer(document.createElement('div'), options);
    expect(service.emprise()).toBeNull();
    carte.emettre('style.load');
    expect(service.emprise()).toEqual([-5, 41, 10, 51]);
    carte.emprise = [1.351234, 43.55, 1.52, 43.67];
    carte.emettre('moveend');
    expect(service.emprise()).toEqual([1.3512, 43.55, 1.52, 43.67]);
  });

  it('resets to null the features missing from a new set of values, so no stale colour remains', async () => {
    service.definirSource('communes', source);
    await service.creer(document.createElement('div'), options);
    carte.emettre('style.load');

    service.definirEtats(
      'communes',
      'communes',
      'valeur',
      new Map([
        ['42218', 1],
        ['2A004', 2],
      ]),
    );
    service.definirEtats('communes', 'communes', 'valeur', new Map([['42218', 3]]));

    expect(carte.etats.get('communes/communes/42218')).toEqual({ valeur: 3 });
    expect(carte.etats.get('communes/communes/2A004')).toEqual({ valeur: null });
  });

  it('keeps one feature-state key apart from the others (hover does not erase values)', async () => {
    service.definirSource('communes', source);
    await service.creer(document.createElement('div'), options);
    carte.emettre('style.load');
    service.definirEtats('communes', 'communes', 'valeur', new Map([['42218', 1]]));

    service.definirEtat('communes', 'communes', '42218', 'survol', true);
    service.definirEtat('communes', 'communes', '42218', 'survol', null);

    expect(carte.etats.get('communes/communes/42218')).toEqual({ valeur: 1, survol: null });
  });

  it('attaches layer listeners registered before creation, and detaches them on unsubscribe', async () => {
    const rappel = vi.fn();
    const desabonner = service.surCouche('click', 'remplissage', rappel);
    await service.creer(document.createElement('div'), options);

    carte.emettre('click', { features: [] }, 'remplissage');
    expect(rappel).toHaveBeenCalledTimes(1);

    desabonner();
    expect(carte.nombreEcouteurs('click', 'remplissage')).toBe(0);
  });

  it('removes the map on destroy, and never keeps a map created after destruction', async () => {
    await service.creer(document.createElement('div'), options);
    service.ngOnDestroy();
    expect(carte.supprimee).toBe(true);

    const tardive = new CarteFactice();
    fabrique.mockImplementation(async () => tardive.enTantQueCarte());
    const autre = TestBed.runInInjectionContext(() => new CarteService());
    const creation = autre.creer(document.createElement('div'), options);
    autre.ngOnDestroy();
    await creation;
    expect(tardive.supprimee).toBe(true);
  });

  it('tells where a place is drawn with the map’s own projection, and nothing before the map exists', async () => {
    expect(service.pixelDe([2, 46])).toBeNull();
    await service.creer(document.createElement('div'), options);
    const projeter = vi.spyOn(carte, 'project');
    expect(service.pixelDe([1.2, 46.4])).toEqual({ x: 400, y: 300 });
    const pixel = service.pixelDe([1.3, 46.4])!;
    expect(pixel.x).toBeCloseTo(400 + 0.1 * 256 * 2 ** 4.6, 6);
    expect(pixel.y).toBeCloseTo(300, 6);
    expect(projeter).toHaveBeenCalledWith([1.3, 46.4]);
  });

  it('fits the bounds without animation when the user prefers reduced motion', async () => {
    await service.creer(document.createElement('div'), options);
    service.cadrer([4.2, 45.3, 4.5, 45.5], true);
    expect(carte.appels).toContain('fitBounds:[4.2,45.3,4.5,45.5]');
  });

  it('frames a territory asked for before the map exists once it is created (a link opened: the card can arrive first)', async () => {
    service.cadrer([4.2, 45.3, 4.5, 45.5], true, 11.5);
    await service.creer(document.createElement('div'), options);
    expect(carte.appels.filter((a) => a.startsWith('fitBounds'))).toEqual(['fitBounds:[4.2,45.3,4.5,45.5]']);
  });

  it('changes only the paint of a layer whose paint alone changed (no rebuild of the tiles’ buckets)', async () => {
    service.definirSource('communes', source);
    const fond = (couleur: string): DefinitionCouche => ({
      ordre: 10,
      specification: { id: 'fond', type: 'fill', source: 'communes', 'source-layer': 'communes', paint: { 'fill-color': couleur } },
    });
    service.definirCouche(fond('#000000'));
    await service.creer(document.createElement('div'), options);
    carte.emettre('style.load');
    carte.appels = [];
    service.definirCouche(fond('#ffffff'));
    expect(carte.appels).toEqual(['setPaintProperty:fond:fill-color:"#ffffff"']);
    service.definirCouche({ ...fond('#ffffff'), specification: { ...fond('#ffffff').specification, minzoom: 8 } });
    expect(carte.appels.slice(1)).toEqual(['removeLayer:fond', 'addLayer:fond']);
  });

  it('replaces the data of a GeoJSON source already on the map (new data only), its layers untouched', async () => {
    const vide = { type: 'FeatureCollection' as const, features: [] };
    const un = {
      type: 'FeatureCollection' as const,
      features: [{ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [1.44, 43.6] }, properties: {} }],
    };
    service.definirSource('projets', { type: 'geojson', data: vide });
    await service.creer(document.createElement('div'), options);
    carte.emettre('style.load');
    const setData = vi.fn();
    Object.assign(carte.sources.get('projets')!, { setData });
    service.definirSource('projets', { type: 'geojson', data: vide });
    expect(setData).not.toHaveBeenCalled();
    service.definirSource('projets', { type: 'geojson', data: un });
    expect(setData).toHaveBeenCalledWith(un);
    expect(carte.appels.filter((a) => a.startsWith('addSource'))).toEqual(['addSource:projets']);
  });
});
