import { Inject, Injectable } from '@nestjs/common';
import { CONFIGURATION, Configuration } from '../config/configuration';
import { ImportService } from '../import/import.service';
import { JeuxDeDonneesRepository } from '../import/jeux-de-donnees.repository';
import { RegistreImports } from '../import/registre-imports';
import { SanteRepository } from './sante.repository';
import { EtatPrechauffage, Prechauffage } from './prechauffage';

export interface EtatSante {
  statut: 'pret' | 'chargement' | 'indisponible';
  base: { joignable: boolean; type: 'embarquee' | 'serveur'; version: string | null };
  import: ImportService['etat'];
  /** In-memory data warmed after start-up (tiles, access engine): a readiness probe waits for `termine`. */
  prechauffage: EtatPrechauffage;
  /** The process that answered (with several serving processes, ADR 0006, each one answers for itself). */
  processus: number;
  donnees: { code: string; source: string; millesime: string; licence: string; lignes: number; ignorees: number; importeLe: string }[];
  manquants: string[];
}

/** Readiness: database reachable, PostGIS version, which datasets are loaded. */
@Injectable()
export class SanteService {
  constructor(
    @Inject(CONFIGURATION) private readonly config: Configuration,
    private readonly repository: SanteRepository,
    private readonly jeux: JeuxDeDonneesRepository,
    private readonly registre: RegistreImports,
    private readonly imports: ImportService,
    private readonly prechauffage: Prechauffage,
  ) {}

  /** The last answer read from the database: what the probe repeats while an import holds it. */
  private derniere: { version: string | null; donnees: EtatSante['donnees']; charges: Set<string> } | null = null;

  async etat(): Promise<EtatSante> {
    const type = this.config.baseEmbarquee ? 'embarquee' : 'serveur';
    // During the start-up import the database is busy with its transactions (the embedded one runs a query at a
    // time): answer at once from memory, so that the dashboard shows the progress instead of waiting.
    if (this.imports.etat.enCours) return this.pendantImport(type);
    try {
      const version = await this.repository.versionPostgis();
      const charges = await this.jeux.lister();
      const codesCharges = new Set(charges.map((j) => j.code));
      const manquants = this.registre.codes().filter((c) => !codesCharges.has(c));
      const donnees = charges.map((j) => ({ ...j, ignorees: j.ignorees.length }));
      this.derniere = { version, donnees, charges: codesCharges };
      return {
        statut: manquants.length === 0 ? 'pret' : this.imports.etat.erreur ? 'indisponible' : 'chargement',
        base: { joignable: true, type, version },
        import: this.imports.etat,
        prechauffage: this.prechauffage.etat,
        processus: process.pid,
        donnees,
        manquants,
      };
    } catch {
      return {
        statut: 'indisponible',
        base: { joignable: false, type, version: null },
        import: this.imports.etat,
        prechauffage: this.prechauffage.etat,
        processus: process.pid,
        donnees: [],
        manquants: this.registre.codes(),
      };
    }
  }

  private pendantImport(type: 'embarquee' | 'serveur'): EtatSante {
    const charges = this.derniere?.charges ?? new Set<string>();
    return {
      statut: 'chargement',
      base: { joignable: true, type, version: this.derniere?.version ?? null },
      import: this.imports.etat,
      prechauffage: this.prechauffage.etat,
      processus: process.pid,
      donnees: this.derniere?.donnees ?? [],
      manquants: this.registre.codes().filter((c) => !charges.has(c)),
    };
  }
}
