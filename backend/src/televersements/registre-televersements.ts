import { Injectable } from '@nestjs/common';
import { ErreurDomaine } from '../common/erreurs/erreur-domaine';
import { TypeFichierTeleversable } from './type-fichier';

/**
 * Uploadable file types (ADR 0005). Features register theirs from `onModuleInit`:
 *   constructor(private readonly registre: RegistreTeleversements) {}
 *   onModuleInit() { this.registre.enregistrer(this); }
 * The « Données » screen lists them (`GET /api/donnees/types`) and the pipeline looks them up by code.
 */
@Injectable()
export class RegistreTeleversements {
  private readonly types = new Map<string, TypeFichierTeleversable>();

  enregistrer(type: TypeFichierTeleversable): void {
    if (!/^[a-z][a-z0-9-]{1,40}$/.test(type.code)) throw new Error(`Code de type de fichier invalide : « ${type.code} ».`);
    if (this.types.has(type.code) && this.types.get(type.code) !== type) throw new Error(`Type de fichier déjà enregistré : « ${type.code} ».`);
    this.types.set(type.code, type);
  }

  tous(): TypeFichierTeleversable[] {
    return [...this.types.values()];
  }

  /** The type, or a French 400 naming the known ones. */
  type(code: string): TypeFichierTeleversable {
    const type = this.types.get(code);
    if (!type) {
      throw new ErreurDomaine('ENTREE_INVALIDE', `Type de fichier inconnu « ${code} » : attendu ${[...this.types.keys()].join(', ')}.`, [
        { champ: 'type', valeur: code, message: `attendu ${[...this.types.keys()].join(', ')}` },
      ]);
    }
    return type;
  }
}
