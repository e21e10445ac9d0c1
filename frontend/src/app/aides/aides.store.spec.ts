import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { describe, expect, it, vi } from 'vitest';
import { AideEvaluee, DemandeEligibilite, ReponseEligibilite } from './aides';
import { AidesClient } from './aides.client';
import { AidesStore } from './aides.store';

const aide = (id: string, statut: AideEvaluee['statut'], aPreciser: AideEvaluee['aPreciser']): AideEvaluee =>
  ({ id, nom: id, statut, aPreciser, criteres: [], montant: { libelle: '' } }) as unknown as AideEvaluee;
const reponse = (aides: AideEvaluee[]) => ({ aides }) as unknown as ReponseEligibilite;
const demande: DemandeEligibilite = { commune: '10033', situation: 'installation' };

function creer(client: Partial<AidesClient>) {
  TestBed.configureTestingModule({ providers: [AidesStore, { provide: AidesClient, useValue: client }] });
  return TestBed.inject(AidesStore);
}

describe('AidesStore', () => {
  it('keeps the answer with the question it answers, for the printable page', async () => {
    const imprimable = vi.fn().mockResolvedValue('<html>');
    const store = creer({ eligibilite: vi.fn().mockResolvedValue(reponse([])), imprimable });
    await store.demander(demande);
    expect(store.demande()).toEqual(demande);
    await expect(store.pageImprimable()).resolves.toBe('<html>');
    expect(imprimable).toHaveBeenCalledWith(demande);
  });

  it('asks each question once, only for the aids to confirm', async () => {
    const store = creer({
      eligibilite: vi.fn().mockResolvedValue(
        reponse([
          aide('a', 'a-confirmer', [
            { libelle: 'Mode', champ: 'modeExercice' },
            { libelle: 'Cabinet secondaire', question: 'Est-ce un cabinet secondaire ?' },
          ]),
          aide('b', 'a-confirmer', [{ libelle: 'Mode d’exercice', champ: 'modeExercice' }]),
          aide('c', 'non-eligible', [{ libelle: 'Âge', champ: 'age' }]),
        ]),
      ),
    });
    await store.demander(demande);
    expect(store.aPreciser().map((p) => p.champ ?? p.question)).toEqual(['modeExercice', 'Est-ce un cabinet secondaire ?']);
  });

  it('shows the API’s French message on a refused question', async () => {
    const erreur = new HttpErrorResponse({ status: 400, error: { message: 'commune doit être un code INSEE à 5 caractères' } });
    const store = creer({ eligibilite: vi.fn().mockRejectedValue(erreur) });
    await store.demander(demande);
    expect(store.erreur()).toBe('commune doit être un code INSEE à 5 caractères');
    expect(store.reponse()).toBeNull();
  });

  it('keeps only the answer to the latest question', async () => {
    let resoudre!: (r: ReponseEligibilite) => void;
    const lente = new Promise<ReponseEligibilite>((ok) => (resoudre = ok));
    const store = creer({
      eligibilite: vi
        .fn()
        .mockReturnValueOnce(lente)
        .mockResolvedValueOnce(reponse([aide('neuve', 'eligible', [])])),
    });
    const premiere = store.demander(demande);
    await store.demander({ ...demande, commune: '09122' });
    resoudre(reponse([aide('ancienne', 'eligible', [])]));
    await premiere;
    expect(store.reponse()?.aides[0].id).toBe('neuve');
    expect(store.demande()?.commune).toBe('09122');
  });
});
