import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { ClasseZonage, QpvDeCommune, RuraliteCommune, SourceZonage } from '../../aides/ports/source-zonage';
import { ProfessionZonage } from '../../zonage/classes-zonage';
import { ZonageService } from '../../zonage/zonage.service';

/** The zonage médecins classes a diff asks the aid engine to assume (commune code → class), for one evaluation. */
export interface HypotheseZonage {
  classes: ReadonlyMap<string, string>;
  libelle: string;
  date: string;
}

export const stockageHypothese = new AsyncLocalStorage<HypotheseZonage>();

/**
 * The aid engine's zonage port, answering the classes of the current hypothesis (a draft, or the zonage in force taken
 * as valid) for the communes it names, and the real zonage for everything else. Lets the diff ask the real aid engine
 * « which aids would change eligibility here » without publishing anything.
 */
@Injectable()
export class SourceZonageHypothetique implements SourceZonage {
  constructor(private readonly zonage: ZonageService) {}

  async classeCommune(profession: ProfessionZonage, codeCommune: string, date: string): Promise<ClasseZonage> {
    const h = stockageHypothese.getStore();
    const classe = profession === 'medecin' ? h?.classes.get(codeCommune) : undefined;
    if (!h || classe === undefined) return this.zonage.classeCommune(profession, codeCommune, date);
    return {
      classe,
      version: {
        id: 'hypothese',
        libelle: h.libelle,
        region: null,
        arrete: null,
        dateArrete: null,
        debut: h.date,
        debutConnu: true,
        fin: null,
        source: h.libelle,
      },
      validite: { statut: 'en_vigueur', finPresumee: null, motif: null, source: null },
    };
  }

  qpvDeCommune(codeCommune: string, date: string): Promise<QpvDeCommune[]> {
    return this.zonage.qpvDeCommune(codeCommune, date);
  }

  ruralite(codeCommune: string): Promise<RuraliteCommune> {
    return this.zonage.ruralite(codeCommune);
  }

  versionDonnees(): Promise<string> {
    return this.zonage.versionDonnees();
  }
}

export const AIDES_HYPOTHESE = Symbol('AIDES_HYPOTHESE');
