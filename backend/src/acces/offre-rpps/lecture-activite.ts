import { fichierInvalide } from '../../common/fichiers/decoder-texte';
import { ActiviteMedecin } from './offre-depuis-activite';

const COLONNES_REQUISES = ['identifiant_pp', 'actes'] as const;
const OUI = /^(1|oui|o|vrai|true)$/i;

/**
 * Reads an activity file (CSV, « ; » or « , »): `identifiant_pp;actes` and optionally `age`, `nouveau`,
 * `centre_de_sante` (1/oui). Any malformed line refuses the file with its line number (nothing is imported).
 */
export function lireActivite(texte: string, nomFichier: string): ActiviteMedecin[] {
  const lignes = texte.replace(/^\ufeff/, '').split(/\r?\n/);
  const separateur = (lignes[0] ?? '').includes(';') ? ';' : ',';
  const entete = (lignes[0] ?? '').split(separateur).map((c) => c.trim().toLowerCase());
  const manquantes = COLONNES_REQUISES.filter((c) => !entete.includes(c));
  if (manquantes.length) {
    throw fichierInvalide(
      nomFichier,
      `colonnes requises absentes de l’en-tête : ${manquantes.join(', ')} (attendu identifiant_pp;actes[;age;nouveau;centre_de_sante]).`,
      [{ ligne: 1, valeur: (lignes[0] ?? '').slice(0, 80), message: `colonnes ${manquantes.join(', ')} absentes` }],
    );
  }
  const col = (nom: string) => entete.indexOf(nom);
  const erreurs: { ligne: number; champ: string; valeur: string; message: string }[] = [];
  const activites: ActiviteMedecin[] = [];
  lignes.slice(1).forEach((brute, k) => {
    if (!brute.trim()) return;
    const numero = k + 2;
    const c = brute.split(separateur).map((x) => x.trim());
    const id = c[col('identifiant_pp')] ?? '';
    const actes = Number((c[col('actes')] ?? '').replace(',', '.'));
    const ageBrut = col('age') >= 0 ? (c[col('age')] ?? '') : '';
    const age = ageBrut === '' ? null : Number(ageBrut);
    if (!/^\d{8,11}$/.test(id))
      erreurs.push({ ligne: numero, champ: 'identifiant_pp', valeur: id, message: `ligne ${numero} : identifiant PP mal formé « ${id} »` });
    else if (!Number.isFinite(actes) || actes < 0)
      erreurs.push({ ligne: numero, champ: 'actes', valeur: c[col('actes')] ?? '', message: `ligne ${numero} : nombre d’actes invalide` });
    else if (age !== null && !(Number.isInteger(age) && age >= 20 && age <= 100))
      erreurs.push({ ligne: numero, champ: 'age', valeur: ageBrut, message: `ligne ${numero} : âge invalide` });
    else
      activites.push({
        identifiantPp: id,
        actes,
        age,
        nouveau: col('nouveau') >= 0 && OUI.test(c[col('nouveau')] ?? ''),
        centreDeSante: col('centre_de_sante') >= 0 && OUI.test(c[col('centre_de_sante')] ?? ''),
        ligne: numero,
      });
  });
  if (erreurs.length) {
    const un = new Intl.PluralRules('fr').select(erreurs.length) === 'one';
    throw fichierInvalide(nomFichier, `${erreurs.length} ${un ? 'ligne invalide' : 'lignes invalides'} : rien n’a été importé.`, erreurs.slice(0, 200));
  }
  if (!activites.length) throw fichierInvalide(nomFichier, 'aucune ligne d’activité après l’en-tête.');
  return activites;
}
