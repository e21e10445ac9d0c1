import { DetailErreur } from '../../common/erreurs/erreur-domaine';
import { FINANCEURS, NATURES, PERIODICITES, SITUATIONS, TYPES_TERRITOIRE_AIDE } from './definition-aide';
import { estDateCalendaire } from './dates';
import { FAITS_CONNUS } from './faits-connus';

type Objet = Record<string, unknown>;
const CATEGORIES = ['assurance-maladie', 'collectivite', 'etat'] as const;
/** Key of a question answered in the request (`reponses.<cle>`). */
export const CLE_QUESTION = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const estObjet = (v: unknown): v is Objet => typeof v === 'object' && v !== null && !Array.isArray(v);
const texteNonVide = (v: unknown) => typeof v === 'string' && v.trim().length > 0;

/**
 * Checks the shape of an aid definition (shipped catalogue or local aid sent to the API) and returns
 * every problem with the path of the field, e.g. `criteres[2].valeurs`. Empty list = valid.
 */
export function verifierDefinitionAide(aide: unknown, prefixe = ''): DetailErreur[] {
  const erreurs: DetailErreur[] = [];
  const err = (champ: string, message: string, valeur?: unknown) =>
    erreurs.push({ champ: `${prefixe}${champ}`, valeur, message: `${prefixe}${champ} : ${message}` });
  if (!estObjet(aide)) return [{ champ: prefixe || 'aide', message: 'un objet est attendu' }];
  if (typeof aide.id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(aide.id) || aide.id.length > 80)
    err('id', 'identifiant en minuscules, chiffres et tirets attendu (80 caractères au plus)', aide.id);
  for (const champ of ['nom', 'famille', 'description']) if (!texteNonVide(aide[champ])) err(champ, 'texte non vide attendu', aide[champ]);
  if (!estObjet(aide.financeur) || !(FINANCEURS as readonly string[]).includes(String(aide.financeur.type)) || !texteNonVide(aide.financeur.nom)) {
    err('financeur', `{ type, nom } attendu, type parmi ${FINANCEURS.join(', ')}`, aide.financeur);
  }
  if (!Array.isArray(aide.cibles) || !aide.cibles.length || aide.cibles.some((c) => !(SITUATIONS as readonly string[]).includes(c))) {
    err('cibles', `liste non vide de situations parmi ${SITUATIONS.join(', ')}`, aide.cibles);
  }
  if (!(NATURES as readonly string[]).includes(String(aide.nature))) err('nature', `attendu ${NATURES.join(', ')}`, aide.nature);
  if (aide.duree !== null && aide.duree !== undefined && typeof aide.duree !== 'string') err('duree', 'texte ou null attendu', aide.duree);
  verifierValidite(aide.validite, err);
  if (aide.territoire !== null && aide.territoire !== undefined) {
    const t = aide.territoire;
    if (!estObjet(t) || !(TYPES_TERRITOIRE_AIDE as readonly string[]).includes(String(t.type)) || !texteNonVide(t.code)) {
      err('territoire', `{ type, code } attendu, type parmi ${TYPES_TERRITOIRE_AIDE.join(', ')}, ou null (aide nationale)`, t);
    }
  }
  verifierMontant(aide.montant, err);
  if (!Array.isArray(aide.criteres)) err('criteres', 'liste de critères attendue', aide.criteres);
  else aide.criteres.forEach((c, i) => verifierCritere(c, `criteres[${i}]`, err));
  if (aide.demarches !== undefined && (!Array.isArray(aide.demarches) || aide.demarches.some((d) => !texteNonVide(d))))
    err('demarches', 'liste de textes attendue', aide.demarches);
  if (aide.exclusions !== undefined && (!Array.isArray(aide.exclusions) || aide.exclusions.some((x) => typeof x !== 'string')))
    err('exclusions', 'liste d’identifiants d’aides attendue', aide.exclusions);
  if (!Array.isArray(aide.sources) || !aide.sources.length)
    err('sources', 'au moins une source { libelle, url, consulteLe ou saisiLe } est exigée', aide.sources);
  else aide.sources.forEach((s, i) => verifierSource(s, `sources[${i}]`, err));
  return erreurs;
}

type Rapporteur = (champ: string, message: string, valeur?: unknown) => void;

/** A source: its page, and either the date it was read (`consulteLe`) or the date it was entered unread (`saisiLe`). */
function verifierSource(s: unknown, champ: string, err: Rapporteur): void {
  if (!estObjet(s) || !texteNonVide(s.libelle)) return err(`${champ}.libelle`, 'texte non vide attendu', estObjet(s) ? s.libelle : s);
  if (s.url !== null && !(typeof s.url === 'string' && /^https?:\/\//.test(s.url))) err(`${champ}.url`, 'URL http(s) ou null attendue', s.url);
  const lu = s.consulteLe !== undefined;
  const saisi = s.saisiLe !== undefined;
  if (lu === saisi) err(`${champ}.consulteLe`, 'une date attendue : consulteLe (page lue) ou saisiLe (page non lue), pas les deux', s.consulteLe ?? s.saisiLe);
  else if (!estDateCalendaire(lu ? s.consulteLe : s.saisiLe))
    err(`${champ}.${lu ? 'consulteLe' : 'saisiLe'}`, 'date AAAA-MM-JJ attendue', lu ? s.consulteLe : s.saisiLe);
  if (s.datePage !== undefined && !(typeof s.datePage === 'string' && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(s.datePage)))
    err(`${champ}.datePage`, 'date AAAA, AAAA-MM ou AAAA-MM-JJ attendue', s.datePage);
  if (s.fiabilite !== undefined && s.fiabilite !== 'officielle' && s.fiabilite !== 'secondaire')
    err(`${champ}.fiabilite`, 'attendu officielle ou secondaire', s.fiabilite);
  if (s.region !== undefined && !(typeof s.region === 'string' && /^\d{2}$/.test(s.region)))
    err(`${champ}.region`, 'code de région à 2 chiffres attendu', s.region);
}

function verifierValidite(v: unknown, err: Rapporteur): void {
  if (!estObjet(v)) return err('validite', '{ debut, fin } attendu (dates AAAA-MM-JJ ou null)', v);
  for (const borne of ['debut', 'fin']) {
    if (v[borne] !== null && v[borne] !== undefined && !estDateCalendaire(v[borne]))
      err(`validite.${borne}`, 'date AAAA-MM-JJ existante ou null attendue', v[borne]);
  }
  if (estDateCalendaire(v.debut) && estDateCalendaire(v.fin) && v.fin < v.debut) err('validite.fin', 'la fin précède le début', v.fin);
  if (v.dateQuiCompte !== undefined && v.dateQuiCompte !== 'question' && v.dateQuiCompte !== 'installation')
    err('validite.dateQuiCompte', 'attendu question ou installation', v.dateQuiCompte);
}

function verifierMontant(m: unknown, err: Rapporteur): void {
  if (!estObjet(m)) return err('montant', 'objet { type, … } attendu', m);
  const periodiciteOk = (p: unknown) => (PERIODICITES as readonly string[]).includes(String(p));
  const positif = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  switch (m.type) {
    case 'fixe':
      if (!positif(m.montant)) err('montant.montant', 'montant en euros positif attendu', m.montant);
      if (!periodiciteOk(m.periodicite)) err('montant.periodicite', `attendu ${PERIODICITES.join(', ')}`, m.periodicite);
      return;
    case 'plafond':
      if (!positif(m.plafond)) err('montant.plafond', 'plafond en euros positif attendu', m.plafond);
      if (!periodiciteOk(m.periodicite)) err('montant.periodicite', `attendu ${PERIODICITES.join(', ')}`, m.periodicite);
      return;
    case 'formule':
      if (!texteNonVide(m.formule)) err('montant.formule', 'texte non vide attendu', m.formule);
      if (m.periodicite !== undefined && !periodiciteOk(m.periodicite)) err('montant.periodicite', `attendu ${PERIODICITES.join(', ')}`, m.periodicite);
      if (m.plafond !== undefined && !positif(m.plafond)) err('montant.plafond', 'plafond en euros positif attendu', m.plafond);
      return;
    case 'cas':
      if (!periodiciteOk(m.periodicite)) err('montant.periodicite', `attendu ${PERIODICITES.join(', ')}`, m.periodicite);
      if (!Array.isArray(m.cas) || !m.cas.length) return err('montant.cas', 'liste non vide de cas attendue', m.cas);
      m.cas.forEach((c, i) => {
        if (!estObjet(c)) return err(`montant.cas[${i}]`, '{ si, montant | plafond } attendu', c);
        if (c.si !== null) verifierCritere(c.si, `montant.cas[${i}].si`, err);
        if (!positif(c.montant) && !positif(c.plafond)) err(`montant.cas[${i}]`, 'montant ou plafond en euros attendu', c);
      });
      return;
    default:
      err('montant.type', 'attendu fixe, plafond, cas ou formule', m.type);
  }
}

function verifierCritere(c: unknown, champ: string, err: Rapporteur, profondeur = 0): void {
  if (!estObjet(c)) return err(champ, 'critère attendu', c);
  if (profondeur > 5) return err(champ, 'critères imbriqués sur plus de 5 niveaux', undefined);
  if (!texteNonVide(c.libelle)) err(`${champ}.libelle`, 'libellé du critère attendu', c.libelle);
  if (c.applicable !== undefined) {
    const a = c.applicable;
    if (!estObjet(a) || [a.debut, a.fin].some((d) => d !== null && d !== undefined && !estDateCalendaire(d)))
      err(`${champ}.applicable`, '{ debut, fin } en dates AAAA-MM-JJ attendu', a);
  }
  for (const combinaison of ['unDe', 'tous']) {
    if (combinaison in c) {
      const parties = c[combinaison];
      if (!Array.isArray(parties) || !parties.length) return err(`${champ}.${combinaison}`, 'liste non vide de critères attendue', parties);
      parties.forEach((p, i) => verifierCritere(p, `${champ}.${combinaison}[${i}]`, err, profondeur + 1));
      return;
    }
  }
  if (c.aRemplir !== undefined && !texteNonVide(c.aRemplir)) err(`${champ}.aRemplir`, 'texte de la condition à remplir attendu', c.aRemplir);
  if (c.source !== undefined) {
    const s = c.source;
    if (!estObjet(s) || !texteNonVide(s.libelle) || (s.url !== null && !(typeof s.url === 'string' && /^https?:\/\//.test(s.url))))
      err(`${champ}.source`, '{ libelle, url (http(s) ou null), region? } attendu', s);
  }
  if (c.op === 'aVerifier') {
    if (!texteNonVide(c.question)) err(`${champ}.question`, 'question à poser attendue', c.question);
    if (c.cle !== undefined && !(typeof c.cle === 'string' && CLE_QUESTION.test(c.cle)))
      err(`${champ}.cle`, 'clé de question en minuscules, chiffres et tirets attendue', c.cle);
    return;
  }
  const fait = FAITS_CONNUS[String(c.fait)];
  if (!fait) return err(`${champ}.fait`, `fait inconnu ; faits possibles : ${Object.keys(FAITS_CONNUS).join(', ')}`, c.fait);
  const compatibles: Record<string, string[]> = {
    dans: ['texte'],
    vrai: ['booleen'],
    faux: ['booleen'],
    min: ['nombre'],
    max: ['nombre'],
    dateEntre: ['date'],
    depuisMoinsDe: ['date'],
    aucuneAideAnterieure: ['aides'],
  };
  if (!compatibles[String(c.op)]) return err(`${champ}.op`, `opération inconnue ; attendu ${[...Object.keys(compatibles), 'aVerifier'].join(', ')}`, c.op);
  if (!compatibles[String(c.op)].includes(fait.type))
    return err(`${champ}.op`, `opération ${String(c.op)} impossible sur le fait ${String(c.fait)} (${fait.type})`, c.op);
  switch (c.op) {
    case 'dans':
      if (!Array.isArray(c.valeurs) || !c.valeurs.length || c.valeurs.some((v) => typeof v !== 'string'))
        err(`${champ}.valeurs`, 'liste non vide de textes attendue', c.valeurs);
      else if (fait.valeurs) {
        const inconnues = c.valeurs.filter((v) => !fait.valeurs!.includes(v as string));
        if (inconnues.length) err(`${champ}.valeurs`, `valeurs inconnues ${inconnues.join(', ')} ; attendu ${fait.valeurs.join(', ')}`, inconnues);
      }
      return;
    case 'min':
    case 'max':
      if (typeof c.valeur !== 'number' || !Number.isFinite(c.valeur)) err(`${champ}.valeur`, 'nombre attendu', c.valeur);
      return;
    case 'dateEntre':
      for (const borne of ['debut', 'fin'])
        if (c[borne] !== null && c[borne] !== undefined && !estDateCalendaire(c[borne])) err(`${champ}.${borne}`, 'date AAAA-MM-JJ attendue', c[borne]);
      return;
    case 'depuisMoinsDe':
      if (!Number.isInteger(c.mois) || (c.mois as number) <= 0) err(`${champ}.mois`, 'nombre de mois entier positif attendu', c.mois);
      return;
    case 'aucuneAideAnterieure':
      if (c.annees !== null && (!Number.isInteger(c.annees) || (c.annees as number) <= 0))
        err(`${champ}.annees`, 'nombre d’années entier positif ou null (jamais) attendu', c.annees);
      if (c.categories !== undefined && (!Array.isArray(c.categories) || c.categories.some((x) => !(CATEGORIES as readonly unknown[]).includes(x))))
        err(`${champ}.categories`, `liste parmi ${CATEGORIES.join(', ')} attendue`, c.categories);
      return;
  }
}

/** Checks the whole shipped catalogue: every aid, unique ids, rules and generic previous aids. */
export function verifierCatalogue(catalogue: unknown): DetailErreur[] {
  if (!estObjet(catalogue)) return [{ message: 'le catalogue doit être un objet' }];
  const erreurs: DetailErreur[] = [];
  if (!texteNonVide(catalogue.version)) erreurs.push({ champ: 'version', message: 'version : texte attendu' });
  if (!estDateCalendaire(catalogue.publieLe)) erreurs.push({ champ: 'publieLe', message: 'publieLe : date AAAA-MM-JJ attendue' });
  const aides = Array.isArray(catalogue.aides) ? catalogue.aides : [];
  if (!aides.length) erreurs.push({ champ: 'aides', message: 'aides : liste non vide attendue' });
  const vus = new Set<string>();
  aides.forEach((a, i) => {
    erreurs.push(...verifierDefinitionAide(a, `aides[${i}].`));
    const id = estObjet(a) ? String(a.id) : '';
    if (vus.has(id)) erreurs.push({ champ: `aides[${i}].id`, valeur: id, message: `aides[${i}].id : identifiant « ${id} » en double` });
    vus.add(id);
    // The shipped catalogue: every aid cites at least one official page, and every question has its key.
    const sources = estObjet(a) && Array.isArray(a.sources) ? a.sources : [];
    if (!sources.some((s) => estObjet(s) && typeof s.url === 'string' && s.fiabilite === 'officielle'))
      erreurs.push({
        champ: `aides[${i}].sources`,
        valeur: id,
        message: `aides[${i}].sources : l’aide « ${id} » doit citer au moins une page officielle (url, fiabilite officielle)`,
      });
    for (const q of questionsSansCle(estObjet(a) ? a.criteres : undefined))
      erreurs.push({ champ: `aides[${i}].criteres`, valeur: q, message: `aides[${i}].criteres : la question « ${q} » n’a pas de clé (cle)` });
  });
  aides.forEach((a, i) => {
    if (!estObjet(a) || !Array.isArray(a.exclusions)) return;
    for (const x of a.exclusions)
      if (!vus.has(String(x))) erreurs.push({ champ: `aides[${i}].exclusions`, valeur: x, message: `aides[${i}].exclusions : aide « ${String(x)} » inconnue` });
  });
  const regles = Array.isArray(catalogue.regles) ? catalogue.regles : [];
  regles.forEach((r, i) => {
    if (!estObjet(r) || !Array.isArray(r.familles))
      return erreurs.push({ champ: `regles[${i}]`, message: `regles[${i}] : { id, libelle, familles, critere, sources } attendu` });
    if (r.categories !== undefined && (!Array.isArray(r.categories) || r.categories.some((x) => !(CATEGORIES as readonly unknown[]).includes(x))))
      erreurs.push({ champ: `regles[${i}].categories`, message: `regles[${i}].categories : liste parmi ${CATEGORIES.join(', ')} attendue` });
    verifierCritere(r.critere, `regles[${i}].critere`, (champ, message, valeur) => erreurs.push({ champ, valeur, message: `${champ} : ${message}` }));
  });
  const generiques = Array.isArray(catalogue.aidesAnterieuresGeneriques) ? catalogue.aidesAnterieuresGeneriques : [];
  generiques.forEach((g, i) => {
    if (
      !estObjet(g) ||
      !texteNonVide(g.code) ||
      !texteNonVide(g.famille) ||
      vus.has(String(g.code)) ||
      !(g.categorie === null || (CATEGORIES as readonly unknown[]).includes(g.categorie))
    )
      erreurs.push({
        champ: `aidesAnterieuresGeneriques[${i}]`,
        message: `aidesAnterieuresGeneriques[${i}] : { code unique, libelle, famille, categorie (${CATEGORIES.join(', ')} ou null) } attendu`,
      });
  });
  return erreurs;
}

/** Questions (« aVerifier ») without a key, anywhere in a list of criteria. */
function questionsSansCle(criteres: unknown): string[] {
  if (!Array.isArray(criteres)) return [];
  return criteres.flatMap((c) => {
    if (!estObjet(c)) return [];
    if (Array.isArray(c.unDe)) return questionsSansCle(c.unDe);
    if (Array.isArray(c.tous)) return questionsSansCle(c.tous);
    return c.op === 'aVerifier' && c.cle === undefined && c.id === undefined ? [String(c.question)] : [];
  });
}
