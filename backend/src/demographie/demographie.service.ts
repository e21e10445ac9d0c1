import { Injectable } from '@nestjs/common';
import { ErreurDomaine } from '../common/erreurs/erreur-domaine';
import { CouvertureDonneesService } from '../jeux-de-donnees/couverture-donnees.service';
import { DemographieRepository } from './demographie.repository';
import { SOURCES_DEMOGRAPHIE } from './importateur-demographie';

/** The GP demographics layers, each with its source, level and year. */
export const COUCHES_DEMOGRAPHIE = {
  'densite-mg-bassin-de-vie': {
    libelle: 'Densité de médecins généralistes libéraux (pour 10 000 habitants)',
    niveau: 'bassin de vie 2022 (valeur reportée sur chaque commune)',
    annee: 2024,
    source: SOURCES_DEMOGRAPHIE.densite,
  },
  'mg-departement': {
    libelle: 'Médecins généralistes par département',
    niveau: 'département',
    annee: 2024,
    source: `${SOURCES_DEMOGRAPHIE.ameli} ; ${SOURCES_DEMOGRAPHIE.bpe}`,
  },
  'mg-rpps-import': {
    libelle: 'Médecins généralistes par commune d’exercice (import RPPS / Annuaire Santé, un médecin compté sur chacun de ses sites)',
    niveau: 'commune',
    annee: null,
    source: 'Extrait RPPS importé par un utilisateur',
  },
  'medecins-rpps-commune': {
    libelle: 'Médecins inscrits au RPPS présents dans la commune (toutes spécialités — pas un effectif de généralistes)',
    niveau: 'commune',
    annee: 2026,
    source: SOURCES_DEMOGRAPHIE.rpps,
  },
} as const;
export type CoucheDemographie = keyof typeof COUCHES_DEMOGRAPHIE;

@Injectable()
export class DemographieService {
  constructor(
    private readonly repository: DemographieRepository,
    private readonly couverture: CouvertureDonneesService,
  ) {}

  couches() {
    return Object.entries(COUCHES_DEMOGRAPHIE).map(([code, c]) => ({ code, ...c }));
  }

  async couche(code: string) {
    if (!(code in COUCHES_DEMOGRAPHIE)) {
      throw new ErreurDomaine('ENTREE_INVALIDE', `Couche inconnue « ${code} » : attendu ${Object.keys(COUCHES_DEMOGRAPHIE).join(', ')}.`, [
        { champ: 'couche', valeur: code, message: `attendu ${Object.keys(COUCHES_DEMOGRAPHIE).join(', ')}` },
      ]);
    }
    const meta = { code, ...COUCHES_DEMOGRAPHIE[code as CoucheDemographie] };
    if (code === 'densite-mg-bassin-de-vie') {
      const lignes = await this.repository.densiteParCommune('densite_mg_liberaux', 2024);
      return {
        ...meta,
        valeurs: Object.fromEntries(lignes.map((l) => [l.code, l.valeur])),
        bassins: Object.fromEntries(lignes.map((l) => [l.code, l.bv])),
        secretStatistique: 'null = « N/A - secret statistique »',
      };
    }
    if (code === 'mg-departement') {
      const lignes = await this.repository.medecinsDepartements();
      const valeurs: Record<string, { ameli?: { effectif: number; densite: number | null }; bpe?: { effectif: number } }> = {};
      for (const l of lignes) {
        valeurs[l.code] ??= {};
        if (l.source_code === 'ameli') valeurs[l.code].ameli = { effectif: l.effectif, densite: l.densite };
        else valeurs[l.code].bpe = { effectif: l.effectif };
      }
      return {
        ...meta,
        champs: { ameli: 'médecins généralistes libéraux, densité pour 100 000 habitants', bpe: 'médecins généralistes (équipements BPE)' },
        valeurs,
      };
    }
    if (code === 'mg-rpps-import') {
      const r = await this.repository.generalistesRpps();
      const couverture = await this.couverture.etatFrance('rpps');
      return {
        ...meta,
        couverture,
        lecture: 'Les communes couvertes par les extraits chargés ont un nombre (0 compris) ; les autres n’ont pas de valeur : nombre inconnu.',
        source: r.imports.length
          ? r.imports.map((i) => `Extrait RPPS « ${i.fichier} » importé le ${i.importe_le.slice(0, 10)}`).join(' ; ')
          : 'Aucun extrait RPPS importé',
        // Inside the coverage a commune without any GP in the extract counts 0; outside it has no value (unknown).
        valeurs: Object.fromEntries([
          ...(couverture.couvert === false ? [] : await this.couverture.communesCouvertes('rpps')).map((c) => [c, { total: 0, liberaux: 0, salaries: 0 }]),
          ...r.valeurs.map((v) => [v.code, { total: v.total, liberaux: v.liberaux, salaries: v.salaries }]),
        ]),
      };
    }
    const lignes = await this.repository.medecinsRppsCommunes();
    return {
      ...meta,
      avertissement: 'Compte de médecins inscrits au RPPS, toutes spécialités : ne pas l’utiliser comme nombre de généralistes.',
      valeurs: Object.fromEntries(lignes.map((l) => [l.code, l.medecins])),
    };
  }
}
