import { ApplicationDeTest } from './application';
import { enTeteAuth } from './auth';

/**
 * Uploads a TEST zonage version (CartoSanté export format, a few communes) for one région, through the real API.
 * Tests use far-future start dates so that the shipped zonage answers every other test unchanged; the version's
 * label says it is a test version. Returns the created version.
 */
export async function televerserZonageEssai(
  t: ApplicationDeTest,
  jetonAdmin: string,
  options: {
    region: string;
    debut: string;
    /** Known end (YYYY-MM-DD); none by default. */
    fin?: string;
    classes: Record<string, 'ZIP' | 'ZAC' | 'HZ' | 'ZAR' | 'TRES_SOUS_DOTEE' | 'SOUS_DOTEE' | 'INTERMEDIAIRE'>;
    libelle?: string;
    /** medecin by default; the other professions use the five levels of the conventional zonages. */
    profession?: string;
  },
): Promise<{ id: number; debut: string; televersement: string }> {
  const numero: Record<string, string> = {
    ZIP: '1_ZIP',
    ZAC: '2_ZAC',
    HZ: '3_HZ',
    ZAR: '4_ZAR',
    TRES_SOUS_DOTEE: '1_Très sous-dotée',
    SOUS_DOTEE: '2_Sous-dotée',
    INTERMEDIAIRE: '3_Intermédiaire',
  };
  const profession = options.profession ?? 'medecin';
  const contenu = [
    'CartoSanté; ; ',
    'Référentiel géographique : France par commune et arrondissement mun.; ; ',
    `Code;Libellé;${profession === 'medecin' ? 'Zonage médecins généralistes' : `Zonage ${profession}`}`,
    ...Object.entries(options.classes).map(([code, classe]) => `${code};commune ${code};${numero[classe]}`),
  ].join('\n');
  const res = await t
    .http()
    .post(`/api/zonages/${profession}/versions`)
    .set(enTeteAuth(jetonAdmin))
    .field({
      libelle: options.libelle ?? `Version d’essai des tests (région ${options.region}${profession === 'medecin' ? '' : `, ${profession}`})`,
      region: options.region,
      debut: options.debut,
      ...(options.fin ? { fin: options.fin } : {}),
    })
    .attach('fichier', Buffer.from(contenu, 'utf8'), 'zonage-essai.csv');
  if (res.status !== 201) throw new Error(`Version d’essai refusée : ${res.status} ${JSON.stringify(res.body)}`);
  return { ...res.body.version, televersement: res.body.televersement };
}

/** Rolls back test versions (the most recent first, as the « Données » screen requires), leaving the base as it was. */
export async function retirerZonagesEssai(t: ApplicationDeTest, jetonAdmin: string, versions: { televersement: string }[]): Promise<void> {
  for (const v of [...versions].reverse()) {
    const etat = await t.http().get(`/api/donnees/televersements/${v.televersement}`).set(enTeteAuth(jetonAdmin));
    const res = await t.http().post(`/api/donnees/versions/${etat.body.versionId}/retour`).set(enTeteAuth(jetonAdmin)).send({ motif: 'fin du test' });
    if (res.status !== 200) throw new Error(`Retour de la version d’essai refusé : ${res.status} ${JSON.stringify(res.body)}`);
  }
}
