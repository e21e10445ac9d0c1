import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { CorrespondanceCog } from '../common/cog/correspondance-cog';
import { ErreurDomaine } from '../common/erreurs/erreur-domaine';
import { ImportService } from '../import/import.service';
import { LigneIgnoree, Requeteur } from '../import/importateur';
import { lireRpps } from './lecture-rpps';
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

export interface BilanImportRpps {
  importId: number;
  encodage: string;
  lignes: number;
  medecins: number;
  sites: number;
  ignorees: LigneIgnoree[];
  offreAcces: string;
}

@Injectable()
export class DemographieService {
  constructor(
    private readonly repository: DemographieRepository,
    private readonly imports: ImportService,
  ) {}

  /**
   * Imports an RPPS / Annuaire Santé extract as downloaded (stream, UTF-8 or Latin-1) in one transaction:
   * GPs and their practice sites become the active GP supply layer. The public extract carries no activity
   * volume, so the access engine's supply table (consultations) is not fed from it.
   */
  async importerRpps(flux: Readable, nomFichier: string, verifier?: (bilan: BilanImportRpps, requete: Requeteur) => Promise<void>): Promise<BilanImportRpps> {
    const lu = await lireRpps(flux, nomFichier, CorrespondanceCog.referentiel());
    if (!lu.sites.length) {
      throw new ErreurDomaine(
        'FICHIER_INVALIDE',
        `Fichier « ${nomFichier} » refusé : aucun médecin généraliste (profession 10, savoir-faire médecine générale) localisé.`,
        lu.ignorees.slice(0, 200),
      );
    }
    const medecins = new Set(lu.sites.map((s) => s.identifiantPp)).size;
    return this.imports.enTransaction(async (requete) => {
      const id = await this.repository.enregistrerImportRpps(
        requete,
        { fichier: nomFichier, encodage: lu.encodage, lignes: lu.lignes, medecins, sites: lu.sites.length },
        lu.sites.map((s) => ({
          identifiant_pp: s.identifiantPp,
          commune_code: s.communeCode,
          mode_exercice: s.modeExercice,
          finess_site: s.finessSite,
          siret_site: s.siretSite,
          ligne: s.ligne,
        })),
      );
      const bilan: BilanImportRpps = {
        importId: id,
        encodage: lu.encodage,
        lignes: lu.lignes,
        medecins,
        sites: lu.sites.length,
        ignorees: lu.ignorees,
        offreAcces: 'non alimentée : l’extrait public ne donne pas l’activité (nombre d’actes) des médecins',
      };
      if (verifier) await verifier(bilan, requete);
      return bilan;
    });
  }

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
      return {
        ...meta,
        source: r.import ? `Extrait RPPS « ${r.import.fichier} » importé le ${r.import.importe_le.slice(0, 10)}` : 'Aucun extrait RPPS importé',
        valeurs: Object.fromEntries(r.valeurs.map((v) => [v.code, { total: v.total, liberaux: v.liberaux, salaries: v.salaries }])),
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
