import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { describe, expect, it, vi } from 'vitest';
import { RechercheStore } from './recherche.store';
import { ResultatRecherche } from './territoire';
import { TerritoiresClient } from './territoires.client';

const saintEtienne: ResultatRecherche = { type: 'commune', code: '42218', nom: 'Saint-Étienne', population: 170_000, departement: '42' };
const saintes: ResultatRecherche = { type: 'commune', code: '17415', nom: 'Saintes', population: 25_000, departement: '17' };

function promesse<T>() {
  let resoudre!: (v: T) => void;
  let rejeter!: (e: unknown) => void;
  const p = new Promise<T>((ok, ko) => ((resoudre = ok), (rejeter = ko)));
  return { p, resoudre, rejeter };
}

function creer(rechercher: TerritoiresClient['rechercher']) {
  TestBed.configureTestingModule({ providers: [RechercheStore, { provide: TerritoiresClient, useValue: { rechercher } }] });
  return TestBed.inject(RechercheStore);
}

describe('RechercheStore', () => {
  it('does not call the API below two characters', async () => {
    const rechercher = vi.fn();
    const store = creer(rechercher);
    await store.rechercher(' s ');
    expect(rechercher).not.toHaveBeenCalled();
    expect(store.resultats()).toEqual([]);
    expect(store.aucunResultat()).toBe(false);
  });

  it('keeps only the answer to the latest query when answers arrive out of order', async () => {
    const lente = promesse<ResultatRecherche[]>();
    const rapide = promesse<ResultatRecherche[]>();
    const rechercher = vi.fn().mockReturnValueOnce(lente.p).mockReturnValueOnce(rapide.p);
    const store = creer(rechercher);

    const premiere = store.rechercher('sa');
    const seconde = store.rechercher('saint etienne');
    rapide.resoudre([saintEtienne]);
    await seconde;
    lente.resoudre([saintes]);
    await premiere;

    expect(rechercher).toHaveBeenLastCalledWith('saint etienne');
    expect(store.resultats()).toEqual([saintEtienne]);
    expect(store.enCours()).toBe(false);
  });

  it('says when nothing matches', async () => {
    const store = creer(vi.fn().mockResolvedValue([]));
    await store.rechercher('zzzz');
    expect(store.aucunResultat()).toBe(true);
  });

  it('shows the API French message when the query is refused', async () => {
    const refus = new HttpErrorResponse({ status: 400, error: { code: 'ENTREE_INVALIDE', message: 'q doit contenir au moins 2 caractères' } });
    const store = creer(vi.fn().mockRejectedValue(refus));
    await store.rechercher('ab');
    expect(store.erreur()).toBe('q doit contenir au moins 2 caractères');
    expect(store.resultats()).toEqual([]);
    expect(store.aucunResultat()).toBe(false);
  });

  it('forgets a pending answer once emptied', async () => {
    const attente = promesse<ResultatRecherche[]>();
    const store = creer(vi.fn().mockReturnValue(attente.p));
    const recherche = store.rechercher('saint');
    store.vider();
    attente.resoudre([saintEtienne]);
    await recherche;
    expect(store.resultats()).toEqual([]);
    expect(store.texte()).toBe('');
  });
});
