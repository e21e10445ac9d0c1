import { ErreurDomaine } from '../common/erreurs/erreur-domaine';
import { verifierDate } from '../zonage/zonage.service';
import { ChampTeleversement, Metadonnees } from './type-fichier';

/**
 * The fields of an upload as declared by its type: unknown fields refused, required ones present, formats
 * checked (dates AAAA-MM-JJ that exist, http(s) links, 2-digit région codes, choices). All faults at once.
 */
export function verifierChamps(champs: readonly ChampTeleversement[], valeurs: Record<string, string>): Metadonnees {
  const details: { champ: string; valeur?: unknown; message: string }[] = [];
  const resultat: Record<string, string> = {};
  for (const nom of Object.keys(valeurs)) {
    if (!champs.some((c) => c.nom === nom)) details.push({ champ: nom, valeur: valeurs[nom], message: 'champ inconnu pour ce type de fichier' });
  }
  for (const c of champs) {
    const v = (valeurs[c.nom] ?? '').trim();
    if (!v) {
      if (c.obligatoire) details.push({ champ: c.nom, message: `${c.libelle} : obligatoire` });
      continue;
    }
    const faute = fauteDeFormat(c, v);
    if (faute) details.push({ champ: c.nom, valeur: v, message: `${c.libelle} : ${faute}` });
    else resultat[c.nom] = v;
  }
  if (details.length) {
    throw new ErreurDomaine('ENTREE_INVALIDE', `Champs du téléversement à corriger : ${details.map((d) => d.message).join(' ; ')}.`, details);
  }
  return resultat;
}

function fauteDeFormat(c: ChampTeleversement, v: string): string | null {
  switch (c.format) {
    case 'date':
      try {
        verifierDate(v, c.nom);
        return null;
      } catch {
        return 'date au format AAAA-MM-JJ attendue (ex. 2026-03-01)';
      }
    case 'url':
      return /^https?:\/\/[^\s]+$/i.test(v) && v.length <= 2000 ? null : 'lien http:// ou https:// attendu';
    case 'region':
      return /^\d{2}$/.test(v) ? null : 'code région à 2 chiffres attendu (ex. 76)';
    case 'choix':
      return c.choix?.some((x) => x.valeur === v) ? null : `valeur attendue parmi ${c.choix?.map((x) => x.valeur).join(', ')}`;
    default:
      return v.length <= 500 ? null : '500 caractères au plus';
  }
}
