import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { Catalogue, SourceAide } from '../regles/definition-aide';
import { AideAnterieure } from '../regles/fait';
import { ClasseZonage, VersionZonage } from '../ports/source-zonage';
import { ProfessionZonage } from '../../zonage/classes-zonage';
import { construireFaits, ContexteZonage } from './construire-faits';
import { CommuneDemande, Demande } from './demande';
import { evaluerEligibilite, ResultatAide, ResultatEvaluation } from './evaluer-eligibilite';

/**
 * Named cases of the single window, each written from the official text it encodes (quoted in the test name or a
 * comment; pages and excerpts in geo-data/aides/*.json and /work/coord/notes/aides.md), never from the code.
 */
const dossier = path.resolve(__dirname, '../../../../geo-data/aides');
const national: Catalogue = JSON.parse(readFileSync(path.join(dossier, 'catalogue.json'), 'utf8'));
const locales: { aides: Catalogue['aides'] } = JSON.parse(readFileSync(path.join(dossier, 'aides-locales.json'), 'utf8'));
const aides = [...national.aides, ...locales.aides];

const version = (region: string, debut = '2024-01-01'): VersionZonage => ({
  id: 1,
  libelle: 'Zonage de test',
  region,
  arrete: null,
  dateArrete: null,
  debut,
  debutConnu: false,
  fin: null,
  source: 'Zonage de test',
});
const COMMUNES: Record<string, CommuneDemande> = {
  gueret: { code: '23096', nom: 'Guéret', departement: '23', region: '75', regionNom: 'Nouvelle-Aquitaine', epci: '242320109', population: 12955 },
  village: { code: '23001', nom: 'Village creusois', departement: '23', region: '75', regionNom: 'Nouvelle-Aquitaine', epci: '242320109', population: 420 },
  mende: { code: '48095', nom: 'Mende', departement: '48', region: '76', regionNom: 'Occitanie', epci: '200069854', population: 12464 },
  toulouse: { code: '31555', nom: 'Toulouse', departement: '31', region: '76', regionNom: 'Occitanie', epci: '243100518', population: 514819 },
  lille: { code: '59350', nom: 'Lille', departement: '59', region: '32', regionNom: 'Hauts-de-France', epci: '200093201', population: 238246 },
  calais: { code: '62193', nom: 'Calais', departement: '62', region: '32', regionNom: 'Hauts-de-France', epci: '246200364', population: 67571 },
  cholet: { code: '49099', nom: 'Cholet', departement: '49', region: '52', regionNom: 'Pays de la Loire', epci: '200071678', population: 54404 },
};
const PORTAIL_NA: SourceAide = {
  libelle: 'Portail d’accompagnement des professionnels de santé de l’ARS Nouvelle-Aquitaine',
  url: 'https://www.nouvelle-aquitaine.paps.sante.fr/',
  saisiLe: '2026-12-01',
  fiabilite: 'officielle',
  region: '75',
};

interface Options {
  /** Class of the commune in each zonage (absent: no version loaded for that profession). */
  classes?: Partial<Record<ProfessionZonage, string | null>>;
  /** Zonage médecins at the installation date, when it differs. */
  classeInstallation?: string;
  /** The loaded médecins version is past its presumed end (ADR 0004). */
  perimee?: boolean;
  qpv?: ContexteZonage['qpv'];
  ruralite?: ContexteZonage['ruralite'];
  zoneRouge?: ContexteZonage['zoneRouge'];
  anterieures?: AideAnterieure[];
}

function zonage(p: ProfessionZonage, o: Options, commune: CommuneDemande, classe = o.classes?.[p]): ClasseZonage {
  if (classe === undefined) return { classe: null, version: null, validite: null };
  const perimee = p === 'medecin' && o.perimee;
  return {
    classe,
    version: version(commune.region),
    validite: perimee
      ? {
          statut: 'perimee',
          finPresumee: '2025-12-29',
          motif: 'l’ARS Nouvelle-Aquitaine a arrêté un nouveau zonage médecins le 30 décembre 2025, qui n’est pas chargé',
          source: 'https://www.nouvelle-aquitaine.ars.sante.fr/le-zonage-des-medecins-en-nouvelle-aquitaine',
        }
      : { statut: 'en_vigueur', finPresumee: null, motif: null, source: null },
  };
}

function contexte(d: Demande, commune: CommuneDemande, o: Options, classeMedecin = o.classes?.medecin): ContexteZonage {
  const duDemandeur: ProfessionZonage | null =
    d.profession === 'infirmier' ? 'infirmier' : d.profession && d.profession.startsWith('medecin') ? 'medecin' : ((d.profession as ProfessionZonage) ?? null);
  const medecin = zonage('medecin', o, commune, classeMedecin);
  return {
    medecin,
    infirmier: zonage('infirmier', o, commune),
    medecinInstallation: d.dateInstallation ? zonage('medecin', o, commune, o.classeInstallation ?? classeMedecin) : null,
    profession: duDemandeur && !['medecin', 'infirmier'].includes(duDemandeur) ? { zonage: duDemandeur, classe: zonage(duDemandeur, o, commune) } : null,
    qpv: o.qpv ?? [],
    ruralite: o.ruralite ?? { frr: 'non classée', zrr: 'NC', source: 'ruralité de test' },
    zoneRouge: o.zoneRouge ?? null,
  };
}

/** What the service does: facts at the date of the question and at the installation date, then one evaluation. */
function evaluer(ou: keyof typeof COMMUNES, demande: Partial<Demande>, o: Options = {}): ResultatEvaluation {
  const commune = COMMUNES[ou];
  const d: Demande = { commune: commune.code, date: '2026-03-01', situation: 'installation', ...demande };
  const anterieures = o.anterieures ?? [];
  const faits = construireFaits(d, commune, contexte(d, commune, o), anterieures);
  const installation = d.dateInstallation
    ? {
        date: d.dateInstallation,
        faits: construireFaits(
          { ...d, date: d.dateInstallation },
          commune,
          contexte({ ...d, date: d.dateInstallation }, commune, o, o.classeInstallation ?? o.classes?.medecin),
          anterieures,
        ),
      }
    : null;
  return evaluerEligibilite(aides, national.regles, faits, d.date, commune, { installation, sourceRegion: commune.region === '75' ? PORTAIL_NA : null });
}
const aide = (r: ResultatEvaluation, id: string): ResultatAide => {
  const a = r.aides.find((x) => x.id === id);
  if (!a)
    throw new Error(
      `aide ${id} absente (hors période : ${r.horsPeriode.map((h) => h.id).join(', ')} ; autres publics : ${r.autresPublics.map((h) => h.id).join(', ')})`,
    );
  return a;
};
const critere = (a: ResultatAide, id: string) => a.criteres.find((c) => c.id === id)!;
const champs = (a: ResultatAide) => a.aPreciser.map((p) => p.champ);

const MG: Partial<Demande> = {
  profession: 'medecin-generaliste',
  premiereInstallation: true,
  typeCabinet: 'principal',
  secteur: 'secteur-1',
  modeExercice: 'groupe',
};
const ZIP = { classes: { medecin: 'ZIP' } };
const ZAC = { classes: { medecin: 'ZAC' } };
const HZ = { classes: { medecin: 'HZ' } };
const anterieure = (code: string, date: string, categorie: AideAnterieure['categorie'], famille = 'installation'): AideAnterieure => ({
  code,
  libelle: code,
  famille,
  categorie,
  date,
});

describe('aide à la première installation 2026 — ameli « Des aides en faveur de l’exercice en zone sous-dense rénovées »', () => {
  it('« aide ponctuelle de 10 000 € […] primo-installés en ZIP » : installation le 1er février 2026 en ZIP, 10 000 € éligible', () => {
    const r = evaluer('gueret', { ...MG, dateInstallation: '2026-02-01' }, ZIP);
    expect(aide(r, 'premiere-installation-2026')).toMatchObject({ statut: 'eligible', montant: { valeur: 10000, periodicite: 'unique' } });
  });

  it('« aide ponctuelle de 5 000 € […] en ZAC » : installation en ZAC, 5 000 €', () => {
    expect(aide(evaluer('mende', { ...MG, dateInstallation: '2026-02-01', dansQpv: false }, ZAC), 'premiere-installation-2026')).toMatchObject({
      statut: 'eligible',
      montant: { valeur: 5000 },
    });
  });

  it('« entrent en vigueur à compter du 1er janvier 2026 » : une généraliste installée en septembre 2025 qui demande en mars 2026 n’y a pas droit, et le critère manqué est nommé', () => {
    const a = aide(evaluer('gueret', { ...MG, dateInstallation: '2025-09-01' }, ZIP), 'premiere-installation-2026');
    expect(a.statut).toBe('non-eligible');
    expect(a.nonRemplis).toEqual([
      expect.objectContaining({ libelle: 'Installation à partir du 1er janvier 2026', raison: expect.stringContaining('1er septembre 2025') }),
    ]);
  });

  it('« les contrats démographiques, qui perdurent jusqu’au 31 décembre 2025 » : pour cette installation de septembre 2025, le CAIM est ce qui s’appliquait, avec sa date limite de souscription', () => {
    const r = evaluer('gueret', { ...MG, dateInstallation: '2025-09-01', joursParSemaine: 4, permanenceDesSoins: true }, ZIP);
    const caim = r.aLaDateInstallation.find((a) => a.id === 'caim')!;
    expect(caim).toMatchObject({ statut: 'eligible', montant: { valeur: 50000 } });
    expect(caim.motif).toMatch(/1er septembre 2025.*31 décembre 2025/);
    // Never added to the totals of the question's date.
    expect(r.total.eligibles.flatMap((t) => t.aides)).not.toContain('caim');
  });

  it('the date that matters is the installation: asked on 15 December 2025 for an installation planned on 1 February 2026, the aid is offered', () => {
    const a = aide(evaluer('gueret', { ...MG, date: '2025-12-15', dateInstallation: '2026-02-01' }, ZIP), 'premiere-installation-2026');
    expect(a.statut).toBe('eligible');
  });

  it('installation date not given on 1 March 2026: « à confirmer », asking for it (an installation in 2025 would not qualify)', () => {
    const a = aide(evaluer('gueret', MG, ZIP), 'premiere-installation-2026');
    expect(a.statut).toBe('a-confirmer');
    expect(champs(a)).toContain('dateInstallation');
  });

  it('asked in June 2025 without an installation date: the aid is out of period, « pour les installations à partir du 1er janvier 2026 »', () => {
    const r = evaluer('gueret', { ...MG, date: '2025-06-01' }, ZIP);
    expect(r.horsPeriode.find((h) => h.id === 'premiere-installation-2026')!.motif).toContain('installations à partir du 1er janvier 2026');
  });

  it('PAPS Hauts-de-France « ZIP ou QPV : une aide ponctuelle de 10 000 euros » : a QPV of Lille, hors zonage, gets 10 000 €', () => {
    const qpv = [{ code: 'QN05972M', nom: 'Quartier de test', classe: null, source: 'QPV 2024' }];
    expect(aide(evaluer('lille', { ...MG, dateInstallation: '2026-02-01', codeQpv: 'QN05972M' }, { ...HZ, qpv }), 'premiere-installation-2026')).toMatchObject({
      statut: 'eligible',
      montant: { valeur: 10000 },
    });
  });

  it('outside Hauts-de-France, a QPV hors zonage is « à confirmer » with the ARS (only the PAPS Hauts-de-France classes QPV with ZIP)', () => {
    const qpv = [{ code: 'QN03101M', nom: 'Quartier de test', classe: null, source: 'QPV 2024' }];
    const a = aide(evaluer('toulouse', { ...MG, dateInstallation: '2026-02-01', dansQpv: true }, { ...HZ, qpv }), 'premiere-installation-2026');
    expect(a.statut).toBe('a-confirmer');
    expect(a.aPreciser.map((p) => p.question).join(' ')).toContain('ARS');
  });

  it('« cabinet principal » : a first installation declared as a secondary practice is not eligible, naming the criterion', () => {
    const a = aide(evaluer('gueret', { ...MG, dateInstallation: '2026-02-01', typeCabinet: 'secondaire' }, ZIP), 'premiere-installation-2026');
    expect(a.statut).toBe('non-eligible');
    expect(a.nonRemplis.map((c) => c.libelle)).toEqual(['Installation du cabinet principal']);
  });

  it('« secteur 1 ou en secteur 2 Optam » : a sector 2 GP without OPTAM is not eligible, naming the sector', () => {
    const a = aide(evaluer('gueret', { ...MG, dateInstallation: '2026-02-01', secteur: 'secteur-2' }, ZIP), 'premiere-installation-2026');
    expect(a.nonRemplis.map((c) => c.libelle)).toEqual(['Secteur 1 ou adhésion à l’OPTAM / OPTAM-ACO']);
  });
});

describe('cabinet secondaire en ZIP (3 000 €) and totals — ameli « aide ponctuelle de 3 000 € […] cabinet secondaire en ZIP »', () => {
  it('a secondary practice in ZIP: 3 000 €, « à confirmer » on the conditions the page does not give; answering settles it', () => {
    const demande = { ...MG, premiereInstallation: false, typeCabinet: 'secondaire', dateInstallation: '2026-02-01' };
    const a = aide(evaluer('gueret', demande, ZIP), 'cabinet-secondaire-zip-2026');
    expect(a).toMatchObject({ statut: 'a-confirmer', montant: { valeur: 3000 } });
    expect(champs(a)).toEqual(['reponses.conditions-cabinet-secondaire']);
    const tranche = aide(evaluer('gueret', { ...demande, reponses: { 'conditions-cabinet-secondaire': true } }, ZIP), 'cabinet-secondaire-zip-2026');
    expect(tranche.statut).toBe('eligible');
  });

  it('totals never add aids that exclude each other: main or secondary practice unknown, the potential is 3 000 € to 10 000 €, never 13 000 €', () => {
    const r = evaluer('gueret', { ...MG, typeCabinet: undefined, dateInstallation: '2026-02-01' }, ZIP);
    const unique = r.total.potentiel.find((t) => t.periodicite === 'unique')!;
    expect(unique.aides).toEqual(expect.arrayContaining(['premiere-installation-2026', 'cabinet-secondaire-zip-2026']));
    expect(unique.max).toBe(10000);
  });
});

describe('règle des dix ans — décret n° 2025-231 (JORF du 14 mars 2025), deux règles distinctes', () => {
  const gp = { ...MG, dateInstallation: '2026-02-01' };

  it('art. D. 162-1-11-1 CSS « ne peuvent prétendre à un nouveau versement de ces mêmes aides dans un délai de dix ans » : a CAIM signed in 2020 bars the 2026 Assurance Maladie aid', () => {
    const a = aide(evaluer('gueret', gp, { ...ZIP, anterieures: [anterieure('caim', '2020-05-01', 'assurance-maladie')] }), 'premiere-installation-2026');
    expect(a.statut).toBe('non-eligible');
    expect(critere(a, 'regle-10-ans')).toMatchObject({ statut: 'non-rempli', sourceRegle: { libelle: expect.stringContaining('D. 162-1-11-1') } });
  });

  it('a collectivité’s installation aid of 2020 does not bar the Assurance Maladie aid: each rule counts its own funders', () => {
    const a = aide(
      evaluer('gueret', gp, { ...ZIP, anterieures: [anterieure('autre-aide-installation-collectivite', '2020-05-01', 'collectivite')] }),
      'premiere-installation-2026',
    );
    expect(a.statut).toBe('eligible');
    expect(critere(a, 'regle-10-ans').raison).toContain('autre financeur');
  });

  it('art. D. 1511-47 CGCT « à compter de la date de signature de la dernière convention » : a collectivité aid of 2020 bars Cholet Agglomération’s aid, an Assurance Maladie aid does not', () => {
    const demande = { ...MG, reponses: { 'cholet-commune-du-plan': true, 'cholet-engagement-5-ans': true } };
    const bloquee = aide(
      evaluer('cholet', demande, { ...ZAC, anterieures: [anterieure('autre-aide-installation-collectivite', '2020-05-01', 'collectivite')] }),
      'cholet-agglo-installation',
    );
    expect(bloquee.statut).toBe('non-eligible');
    expect(bloquee.nonRemplis[0].libelle).toContain('collectivité');
    const libre = aide(
      evaluer('cholet', demande, { ...ZAC, anterieures: [anterieure('caim', '2020-05-01', 'assurance-maladie')] }),
      'cholet-agglo-installation',
    );
    expect(libre.statut).toBe('eligible');
  });

  it('entry into force on 15 March 2025 (publication on 14 March): not applied to a question of 14 March 2025, applied on 15 March', () => {
    const demande = { ...MG, premiereInstallation: false, dateInstallation: '2025-03-01', joursParSemaine: 4, permanenceDesSoins: true };
    const anterieures = [anterieure('autre-aide-installation-assurance-maladie', '2020-01-01', 'assurance-maladie')];
    const avant = aide(evaluer('gueret', { ...demande, date: '2025-03-14' }, { ...ZIP, anterieures }), 'caim');
    expect(avant.criteres.some((c) => c.id === 'regle-10-ans')).toBe(false);
    expect(avant.statut).toBe('eligible');
    expect(aide(evaluer('gueret', { ...demande, date: '2025-03-15' }, { ...ZIP, anterieures }), 'caim').statut).toBe('non-eligible');
  });

  it('a previous aid whose funder is not given: « à confirmer », asking who paid it', () => {
    const a = aide(evaluer('gueret', gp, { ...ZIP, anterieures: [anterieure('autre-aide-installation', '2021-01-01', null)] }), 'premiere-installation-2026');
    expect(a.statut).toBe('a-confirmer');
    expect(critere(a, 'regle-10-ans').raison).toContain('indiquez qui l’a versée');
  });

  it('an aid received more than ten years before (1 June 2015) does not count', () => {
    const a = aide(evaluer('gueret', gp, { ...ZIP, anterieures: [anterieure('caim', '2015-06-01', 'assurance-maladie')] }), 'premiere-installation-2026');
    expect(critere(a, 'regle-10-ans').statut).toBe('rempli');
  });
});

describe('contrats de la convention de 2016 — PAPS Pays de la Loire « possible de souscrire jusqu’au 31 décembre 2025 », urssaf.fr (barème)', () => {
  it('urssaf « 50 000 € pour une activité de 4 jours par semaine » ; « 31 250 € » at 2.5 days (the PAPS minimum)', () => {
    const base = { ...MG, date: '2025-06-01', dateInstallation: '2025-05-01', permanenceDesSoins: true };
    expect(aide(evaluer('gueret', { ...base, joursParSemaine: 4 }, ZIP), 'caim').montant.valeur).toBe(50000);
    expect(aide(evaluer('gueret', { ...base, joursParSemaine: 2.5 }, ZIP), 'caim').montant.valeur).toBe(31250);
  });

  it('« un médecin ne peut bénéficier qu’une seule fois du CAIM au cours de sa carrière »', () => {
    const r = evaluer(
      'gueret',
      { ...MG, date: '2025-06-01', dateInstallation: '2025-05-01', joursParSemaine: 4, permanenceDesSoins: true },
      { ...ZIP, anterieures: [anterieure('caim', '2012-01-01', 'assurance-maladie')] },
    );
    expect(critere(aide(r, 'caim'), 'une-fois-par-carriere').statut).toBe('non-rempli');
  });

  it('after 31 December 2025 the CAIM is out of period with its deadline', () => {
    expect(evaluer('gueret', { ...MG, date: '2026-03-01' }, ZIP).horsPeriode.find((h) => h.id === 'caim')!.motif).toContain('31 décembre 2025');
  });

  it('ameli 27 février 2019 « passée de 10 % à 25 % […] 50 000 € par an, contre 20 000 € précédemment » : the CSTM ceiling depends on the date', () => {
    const installe = { ...MG, situation: 'installe' as const, reponses: { 'cstm-10-jours-zip': true } };
    expect(aide(evaluer('mende', { ...installe, date: '2019-01-15' }, ZAC), 'cstm').montant.max).toBe(20000);
    expect(aide(evaluer('mende', { ...installe, date: '2019-03-01' }, ZAC), 'cstm').montant.max).toBe(50000);
  });
});

describe('CDE and the contracts before it — décret n° 2020-1666 (« entre en vigueur le lendemain de sa publication » au JO du 24 décembre 2020), L. 1435-4-2 CSP', () => {
  it('a question dated 2019 never offers the CDE, and offers the PTMG that preceded it', () => {
    const r = evaluer('gueret', { ...MG, date: '2019-06-01', dateInstallation: '2019-05-01' }, ZIP);
    expect(r.horsPeriode.find((h) => h.id === 'cde-installe')!.motif).toContain('25 décembre 2020');
    expect(r.aides.map((a) => a.id)).toEqual(expect.arrayContaining(['ptmg', 'ptma', 'pias']));
  });

  it('« se substitue aux quatre contrats […] PTMG, PTMA, PIAS et PTMR » : on 26 December 2020 the CDE is open and the PTMG closed', () => {
    const r = evaluer('gueret', { ...MG, date: '2020-12-26', dateInstallation: '2020-12-01' }, ZIP);
    expect(r.aides.map((a) => a.id)).toContain('cde-installe');
    expect(r.aides.map((a) => a.id)).not.toEqual(expect.arrayContaining(['ptmg']));
    // Closed since 24 December 2020, they are what applied at the installation of 1 December 2020.
    expect(r.aLaDateInstallation.map((h) => h.id)).toEqual(expect.arrayContaining(['ptmg', 'ptma', 'pias']));
  });

  it('closed to installed doctors on 1 January 2024 (LFSS 2023, art. 38)', () => {
    expect(evaluer('gueret', { ...MG, date: '2024-02-01' }, ZIP).horsPeriode.find((h) => h.id === 'cde-installe')!.motif).toContain('remplaçants');
  });

  it('L. 1435-4-2 « avec un médecin qui exerce en tant que remplaçant » : still offered to a locum in 2026, « à confirmer » with the ARS', () => {
    const a = aide(
      evaluer('gueret', { situation: 'remplacant', profession: 'medecin-generaliste', date: '2026-03-01' }, { classes: { medecin: 'ZIP' } }),
      'cde-remplacant',
    );
    expect(a.statut).toBe('a-confirmer');
    expect(champs(a)).toContain('reponses.cde-propose-par-ars');
  });

  it('PAPS Océan Indien « interne […] ou ayant soutenu […] leur thèse depuis moins de 3 ans » : the PTMR is the locum’s contract in 2019', () => {
    expect(aide(evaluer('gueret', { situation: 'remplacant', profession: 'medecin-generaliste', date: '2019-06-01' }, ZIP), 'ptmr').statut).toBe('eligible');
  });
});

describe('exonération de la permanence des soins — CGI art. 151 ter, BOFiP BOI-BNC-CHAMP-10-40-20, réponse QE 35354', () => {
  const pdsa = { ...MG, situation: 'installe' as const, permanenceDesSoins: true };

  it('in ZIP with out-of-hours duty: eligible, 60 days a year', () => {
    const a = aide(evaluer('gueret', pdsa, ZIP), 'exoneration-pdsa');
    expect(a.statut).toBe('eligible');
    expect(a.montant.libelle).toContain('60 jours');
  });

  it('QE 35354 « remplie lorsque le secteur […] comprend au moins une zone […] en déficit » : in ZAC it is « à confirmer », never « non éligible »', () => {
    const a = aide(evaluer('mende', pdsa, ZAC), 'exoneration-pdsa');
    expect(a.statut).toBe('a-confirmer');
    expect(champs(a)).toEqual(['reponses.secteur-garde-zip']);
  });

  it('outside any zone it is also « à confirmer » (the duty sector may include a ZIP commune)', () => {
    expect(aide(evaluer('toulouse', pdsa, HZ), 'exoneration-pdsa').statut).toBe('a-confirmer');
  });

  it('answering that the duty sector has no ZIP commune makes it « non éligible », naming the criterion', () => {
    const a = aide(evaluer('mende', { ...pdsa, reponses: { 'secteur-garde-zip': false } }, ZAC), 'exoneration-pdsa');
    expect(a.statut).toBe('non-eligible');
    expect(a.nonRemplis[0].libelle).toContain('secteur de garde');
  });
});

describe('ACI — ameli (SISA), Assurance Maladie 2018 (20 000 €), PAPS Hauts-de-France (CPTS « à partir de la reconnaissance du projet de santé »)', () => {
  const msp = {
    situation: 'structure' as const,
    typeProjet: 'msp',
    structure: { formeJuridique: 'sisa', projetDeSanteValide: true, medecinsGeneralistes: 3, autresProfessionnels: 4 },
  };

  it('an MSP in SISA, health project validated by the ARS, 3 GPs and 4 others: « éligible »', () => {
    expect(aide(evaluer('gueret', msp, ZIP), 'aci-msp').statut).toBe('eligible');
  });

  it('a health project not validated yet: « à confirmer » with the missing condition, not « non éligible »', () => {
    const a = aide(evaluer('gueret', { ...msp, structure: { ...msp.structure, projetDeSanteValide: false } }, ZIP), 'aci-msp');
    expect(a.statut).toBe('a-confirmer');
    expect(a.aPreciser.map((p) => p.question)).toEqual([expect.stringContaining('faire valider le projet de santé par l’ARS')]);
  });

  it('no SISA yet: « à confirmer », the SISA to constitute within 6 months', () => {
    const a = aide(evaluer('gueret', { ...msp, structure: { ...msp.structure, formeJuridique: 'association' } }, ZIP), 'aci-msp');
    expect(a.statut).toBe('a-confirmer');
    expect(a.aPreciser[0].question).toContain('6 mois');
  });

  it('a single GP: « non éligible », naming the team criterion', () => {
    const a = aide(evaluer('gueret', { ...msp, structure: { ...msp.structure, medecinsGeneralistes: 1 } }, ZIP), 'aci-msp');
    expect(a.nonRemplis.map((c) => c.libelle)).toEqual(['Au moins deux médecins généralistes et un autre professionnel de santé']);
  });

  it('a CPTS whose health project is recognised: « éligible » ; not yet recognised: « à confirmer »', () => {
    const cpts = { situation: 'structure' as const, typeProjet: 'cpts', structure: { populationCouverte: 60000, projetDeSanteValide: true } };
    expect(aide(evaluer('gueret', cpts, ZIP), 'aci-cpts').statut).toBe('eligible');
    expect(aide(evaluer('gueret', { ...cpts, structure: { ...cpts.structure, projetDeSanteValide: false } }, ZIP), 'aci-cpts').statut).toBe('a-confirmer');
  });
});

describe('docteurs juniors and their supervisors — décret n° 2025-850 and arrêté du 27 août 2025 (art. 4 bis de l’arrêté du 27 juin 2011)', () => {
  const msu = { situation: 'maitre-de-stage' as const, profession: 'medecin-generaliste', date: '2026-11-15' };

  it('art. 4 bis : 600 + 1 200 € ; « 800 euros […] en ZIP, en ZAC ou dans un QPV » ; « 400 euros […] supervision […] permanence des soins » : 3 000 € a month in ZIP with duty supervision', () => {
    expect(aide(evaluer('gueret', { ...msu, reponses: { 'msu-supervision-pdsa': true } }, ZIP), 'maitre-de-stage-docteur-junior').montant).toMatchObject({
      valeur: 3000,
      periodicite: 'mois',
    });
  });

  it('2 600 € in ZAC without duty supervision, 1 800 € outside any zone (never the 600 € alone)', () => {
    const sans = { ...msu, reponses: { 'msu-supervision-pdsa': false }, dansQpv: false };
    expect(aide(evaluer('mende', sans, ZAC), 'maitre-de-stage-docteur-junior').montant.valeur).toBe(2600);
    expect(aide(evaluer('toulouse', sans, HZ), 'maitre-de-stage-docteur-junior').montant.valeur).toBe(1800);
  });

  it('FHF « à compter du 2 novembre 2026 » : nothing for a supervisor in October 2026', () => {
    expect(evaluer('gueret', { ...msu, date: '2026-10-15' }, ZIP).horsPeriode.map((h) => h.id)).toContain('maitre-de-stage-docteur-junior');
  });

  it('D. 6153-1-8 11° « stage ambulatoire dont le lieu est situé en zone d’intervention prioritaire » : 1 000 € a month in ZIP, not in ZAC', () => {
    const junior = {
      situation: 'docteur-junior' as const,
      profession: 'medecin-generaliste',
      date: '2026-11-15',
      reponses: { 'dj-sans-indemnite-transport': true },
    };
    expect(aide(evaluer('gueret', junior, ZIP), 'docteur-junior-stage-zip')).toMatchObject({
      statut: 'eligible',
      montant: { valeur: 1000, periodicite: 'mois' },
    });
    expect(aide(evaluer('mende', junior, ZAC), 'docteur-junior-stage-zip').statut).toBe('non-eligible');
  });

  it('the annual MSU prime (800 € / 500 €) has no official source: « à confirmer » without any amount', () => {
    const a = aide(evaluer('gueret', msu, ZIP), 'prime-maitre-de-stage');
    expect(a.statut).toBe('a-confirmer');
    expect(a.montant).toMatchObject({ valeur: null, min: null, max: null });
    expect(a.montant.libelle).not.toMatch(/\d/);
  });

  it('arrêté du 27 juin 2011 « 600 € bruts par mois de stage et par étudiant » : the teaching fees are sourced', () => {
    expect(aide(evaluer('gueret', msu, ZIP), 'honoraires-pedagogiques-msu').montant).toMatchObject({ valeur: 600, periodicite: 'mois' });
  });
});

describe('infirmiers — PAPS Bretagne (CAPII, CAII, CAMI), PAPS Occitanie « Seules les zones très sous dotées sont éligibles »', () => {
  const infirmier = {
    profession: 'infirmier',
    premiereInstallation: true,
    dateInstallation: '2026-02-01',
    modeExercice: 'groupe',
    reponses: { 'infirmier-activite-minimum': true },
  };

  it('a nurse installing in a « très sous-dotée » commune gets the CAPII (up to 37 500 €), and doctors’ aids are named apart, not « non éligible »', () => {
    const r = evaluer('gueret', infirmier, { classes: { medecin: 'ZIP', infirmier: 'TRES_SOUS_DOTEE' } });
    expect(aide(r, 'infirmier-capii')).toMatchObject({ statut: 'eligible', montant: { max: 37500 } });
    expect(r.aides.map((a) => a.id)).not.toContain('premiere-installation-2026');
    expect(r.autresPublics.map((a) => a.id)).toContain('premiere-installation-2026');
  });

  it('in a « sous-dotée » commune the contracts are not open, naming the zone criterion', () => {
    const a = aide(evaluer('gueret', infirmier, { classes: { medecin: 'ZIP', infirmier: 'SOUS_DOTEE' } }), 'infirmier-capii');
    expect(a.statut).toBe('non-eligible');
    expect(a.nonRemplis[0].raison).toContain('zone sous-dotée');
  });

  it('CAPII (first installation) and CAII exclude each other: never both in a total', () => {
    const r = evaluer('gueret', { ...infirmier, premiereInstallation: undefined }, { classes: { medecin: 'ZIP', infirmier: 'TRES_SOUS_DOTEE' } });
    expect(r.total.potentiel.find((t) => t.periodicite === 'unique')!.max).toBe(37500);
  });
});

describe('other professions — zonage de la profession non chargé (themes zonage-<profession>)', () => {
  it('a midwife whose zonage is not loaded: her contracts are « à confirmer » with « zonage de votre profession non chargé », the national aids still answer', () => {
    const r = evaluer(
      'village',
      { profession: 'sage-femme', premiereInstallation: true, typeCabinet: 'principal', modeExercice: 'individuel' },
      { classes: { medecin: 'ZIP' } },
    );
    const capisf = aide(r, 'sf-capisf');
    expect(capisf.statut).toBe('a-confirmer');
    expect(critere(capisf, 'zone').raison).toContain('zonage de votre profession non chargé');
    expect(champs(capisf)).toContain('classeZonageDeclaree');
    expect(r.aides.map((a) => a.id)).toContain('exoneration-cfe-1464d');
  });

  it('the class the midwife reads in the ARS arrêté settles it, said to be her declaration', () => {
    const a = aide(
      evaluer('village', { profession: 'sage-femme', premiereInstallation: true, classeZonageDeclaree: 'TRES_SOUS_DOTEE' }, { classes: { medecin: 'ZIP' } }),
      'sf-capisf',
    );
    expect(a.statut).toBe('eligible');
    expect(critere(a, 'zone').raison).toContain('d’après votre déclaration');
  });
});

describe('exonérations — CGI art. 1464 D (brochure IDL 2017), 44 octies A (BOFiP ZFU-TE), 44 quindecies A (service-public F31139)', () => {
  const mg = { ...MG, situation: 'installe' as const, dateInstallation: '2025-06-01', date: '2025-07-01' };

  it('CFE, main practice in a commune of 420 inhabitants: « à confirmer » until the commune’s deliberation is confirmed (« peuvent […] par une délibération »)', () => {
    const a = aide(evaluer('village', mg, ZIP), 'exoneration-cfe-1464d');
    expect(a.statut).toBe('a-confirmer');
    expect(champs(a)).toEqual(['reponses.cfe-deliberation']);
    expect(aide(evaluer('village', { ...mg, reponses: { 'cfe-deliberation': true } }, ZIP), 'exoneration-cfe-1464d').statut).toBe('eligible');
  });

  it('CFE: ZIP or ZAC counts only for a secondary practice — a main practice in Guéret (ZIP, 12 955 inhabitants) is not eligible, a secondary one is', () => {
    const principal = aide(evaluer('gueret', { ...mg, reponses: { 'cfe-deliberation': true } }, ZIP), 'exoneration-cfe-1464d');
    expect(principal.nonRemplis.map((c) => c.libelle)).toEqual(['Lieu d’exercice dans une zone ouvrant droit à l’exonération']);
    const secondaire = aide(evaluer('gueret', { ...mg, typeCabinet: 'secondaire', reponses: { 'cfe-deliberation': true } }, ZIP), 'exoneration-cfe-1464d');
    expect(secondaire.statut).toBe('eligible');
  });

  it('service-public F31149 « pas prévu à ce jour que les entreprises implantées dans une ZFU-TE à compter du 1er janvier 2026 » : closed to a 2026 installation', () => {
    const r = evaluer('lille', { ...MG, situation: 'installe', dateInstallation: '2026-02-01', dansQpv: false }, HZ);
    expect(r.horsPeriode.find((h) => h.id === 'exoneration-zfu-te')!.motif).toContain('1er janvier 2026');
    const avant = aide(evaluer('lille', { ...MG, situation: 'installe', dateInstallation: '2025-06-01', dansQpv: false }, HZ), 'exoneration-zfu-te');
    expect(champs(avant)).toContain('reponses.lieu-en-zfu');
  });

  it('F31139 « créations […] entre le 1er juillet 2024 et le 31 décembre 2029 dans les ZFRR » : judged on the creation date, the ZRR closed after 30 June 2024', () => {
    const ruralite = { frr: 'FRR', zrr: 'C', source: 'test' };
    const r = evaluer('village', { ...mg, reponses: { 'regime-reel': true, 'pas-transfert-activite': true } }, { ...ZIP, ruralite });
    expect(aide(r, 'exoneration-frr').statut).toBe('eligible');
    expect(r.horsPeriode.map((h) => h.id)).toContain('exoneration-zrr');
  });
});

describe('assistant médical and the France Santé label — ameli (juin 2024), ARS Normandie (offre socle)', () => {
  it('ameli « 1re année […] 38 000 € » for a sector 1 GP; a sector 2 GP without OPTAM is refused on the sector', () => {
    const gp = { ...MG, situation: 'installe' as const };
    expect(aide(evaluer('gueret', gp, ZIP), 'assistant-medical')).toMatchObject({ statut: 'eligible', montant: { max: 38000, periodicite: 'an' } });
    expect(aide(evaluer('gueret', { ...gp, secteur: 'secteur-2' }, ZIP), 'assistant-medical').nonRemplis[0].libelle).toContain('Secteur 1');
  });

  it('France Santé: the five ARS criteria are a checklist to answer; the « 50 000 € » announcement is never counted as an amount', () => {
    const structure = { situation: 'structure' as const, typeProjet: 'msp' };
    const a = aide(evaluer('gueret', structure, ZIP), 'france-sante');
    expect(champs(a)).toHaveLength(5);
    const oui = Object.fromEntries(champs(a).map((c) => [c!.replace('reponses.', ''), true]));
    const coche = evaluer('gueret', { ...structure, reponses: oui }, ZIP);
    expect(aide(coche, 'france-sante')).toMatchObject({ statut: 'eligible', montant: { max: null } });
    expect(aide(coche, 'france-sante').montant.libelle).toContain('annonce');
  });
});

describe('zonage at the date asked (ADR 0004) and sources of the commune’s own région', () => {
  it('past the presumed end of the loaded zonage, zone criteria answer « à confirmer : le zonage … en vigueur … n’est pas chargé » with that ARS’s reason', () => {
    const a = aide(evaluer('gueret', { ...MG, dateInstallation: '2026-02-01' }, { ...ZIP, perimee: true }), 'premiere-installation-2026');
    expect(a.statut).toBe('a-confirmer');
    expect(critere(a, 'zone').raison).toMatch(
      /à confirmer : le zonage médecins généralistes en vigueur au 1er février 2026 n’est pas chargé .*ARS Nouvelle-Aquitaine/,
    );
    expect(critere(a, 'zone').sourceFait).toContain('nouvelle-aquitaine.ars.sante.fr');
  });

  it('a Creuse commune is never answered with another région’s PAPS page: every source and rule source is national or Nouvelle-Aquitaine', () => {
    const r = evaluer('gueret', { ...MG, dateInstallation: '2026-02-01' }, ZIP);
    for (const a of [...r.aides, ...r.aLaDateInstallation]) {
      for (const s of a.sources) expect(s.region === undefined || s.region === '75').toBe(true);
      const urls = a.criteres.flatMap((c) => [c.sourceRegle?.url ?? '', ...(c.details ?? []).map((d) => d.sourceRegle?.url ?? '')]);
      expect(urls.filter((u) => /paps|ars\.sante/.test(u) && !/nouvelle-aquitaine/.test(u))).toEqual([]);
    }
  });

  it('an aid whose only official pages belong to other régions cites the commune’s own ARS portal', () => {
    // The orthophonists' contracts were read on the ARS Bourgogne-Franche-Comté and Grand Est pages only.
    const r = evaluer('gueret', { profession: 'orthophoniste' }, { classes: { medecin: 'ZIP' } });
    expect(aide(r, 'orthophonistes-contrats').sources.map((s) => s.url)).toEqual([PORTAIL_NA.url]);
  });

  it('every « non éligible » names the criterion that failed', () => {
    const r = evaluer('toulouse', { ...MG, dateInstallation: '2026-02-01', dansQpv: false, secteur: 'secteur-2' }, HZ);
    const refusees = r.aides.filter((a) => a.statut === 'non-eligible');
    expect(refusees.length).toBeGreaterThan(0);
    for (const a of refusees) expect(a.nonRemplis.length).toBeGreaterThan(0);
  });

  it('an answer to a question (« reponses ») settles the criterion in place, both ways', () => {
    const demande = { situation: 'installe' as const, profession: 'medecin-generaliste', permanenceDesSoins: true };
    expect(aide(evaluer('mende', { ...demande, reponses: { 'secteur-garde-zip': true } }, ZAC), 'exoneration-pdsa').statut).toBe('eligible');
  });

  it('local aids apply only in their territory: Cholet Agglomération’s aid is not offered in Guéret', () => {
    const r = evaluer('gueret', MG, ZIP);
    expect([...r.aides, ...r.horsPeriode, ...r.autresPublics].map((a) => a.id)).not.toContain('cholet-agglo-installation');
  });
});

describe('mission de solidarité territoriale « Un médecin près de chez vous » — ARS Grand Est, PAPS Auvergne-Rhône-Alpes, ARS PACA', () => {
  const SOLIDARITE = 'solidarite-territoriale-zones-rouges';
  const liste = 'Liste des zones rouges de test';
  const DANS: ContexteZonage['zoneRouge'] = {
    zoneRouge: true,
    texte: 'Zone rouge depuis juin 2025 (CC de Guéret).',
    raison: null,
    commentCharger: null,
    source: liste,
  };
  const HORS: ContexteZonage['zoneRouge'] = {
    zoneRouge: false,
    texte: 'CC de Guéret ne figure pas dans la liste des zones rouges.',
    raison: null,
    commentCharger: null,
    source: liste,
  };
  const PARTIELLE: ContexteZonage['zoneRouge'] = {
    zoneRouge: null,
    texte: 'Zone rouge : inconnu — la liste chargée est partielle (55 EPCI sur 151) et incomplète pour cette région.',
    raison: 'Liste partielle : CC de Guéret n’y figure pas, mais la liste complète des 151 EPCI n’est pas chargée pour cette région.',
    commentCharger:
      'Un compte ARS ou administrateur peut téléverser la liste complète des 151 EPCI (codes SIREN) dans le cockpit de zonage (« Zones rouges »).',
    source: liste,
  };
  const GENERALISTE: Partial<Demande> = { situation: 'installe', profession: 'medecin-generaliste' };

  it('« 200 € d’indemnité forfaitaire (ou 100 € la demi-journée) » « dans une zone rouge identifiée comme prioritaire » : in a zone rouge, « à confirmer » only on the lieu solidaire and the tarif opposable; answering both makes it « éligible »', () => {
    const a = aide(evaluer('gueret', GENERALISTE, { zoneRouge: DANS }), SOLIDARITE);
    expect(a.statut).toBe('a-confirmer');
    expect(critere(a, 'zone-rouge').statut).toBe('rempli');
    expect(champs(a).sort()).toEqual(['reponses.consultations-tarif-opposable', 'reponses.lieu-solidaire-et-ordre']);
    expect(a.montant.libelle).toMatch(/200 € par journée/);
    expect(a.montant.max).toBeNull();
    const oui = aide(
      evaluer('gueret', { ...GENERALISTE, reponses: { 'lieu-solidaire-et-ordre': true, 'consultations-tarif-opposable': true } }, { zoneRouge: DANS }),
      SOLIDARITE,
    );
    expect(oui.statut).toBe('eligible');
  });

  it('outside the zones rouges where the list is complete: « non éligible », naming the zone rouge criterion', () => {
    const a = aide(evaluer('gueret', GENERALISTE, { zoneRouge: HORS }), SOLIDARITE);
    expect(a.statut).toBe('non-eligible');
    expect(a.nonRemplis.map((c) => c.libelle)).toEqual(['Consultations dans une zone rouge (une des 151 intercommunalités prioritaires de juin 2025)']);
  });

  it('the list is partial for the région: « à confirmer » with the reason and how to load the complete list, never « non éligible »', () => {
    const a = aide(evaluer('gueret', GENERALISTE, { zoneRouge: PARTIELLE }), SOLIDARITE);
    expect(a.statut).toBe('a-confirmer');
    expect(critere(a, 'zone-rouge').statut).toBe('a-verifier');
    expect(critere(a, 'zone-rouge').raison).toMatch(/liste complète des 151 EPCI n’est pas chargée/);
    expect(critere(a, 'zone-rouge').raison).toMatch(/téléverser la liste complète/);
  });

  it('« depuis septembre 2025 » : a question of June 2025 does not offer it; a nurse is pointed to the doctors’ aid apart, not « non éligible »', () => {
    const juin = evaluer('gueret', { ...GENERALISTE, date: '2025-06-15' }, { zoneRouge: DANS });
    expect(juin.aides.find((x) => x.id === SOLIDARITE)).toBeUndefined();
    const infirmiere = evaluer('gueret', { situation: 'installe', profession: 'infirmier' }, { zoneRouge: DANS });
    expect(infirmiere.aides.find((x) => x.id === SOLIDARITE)).toBeUndefined();
    expect(infirmiere.autresPublics.map((x) => x.id)).toContain(SOLIDARITE);
  });

  it('a Creuse commune is never answered with the Grand Est, Auvergne-Rhône-Alpes or PACA pages: its own ARS portal is cited', () => {
    const a = aide(evaluer('gueret', GENERALISTE, { zoneRouge: DANS }), SOLIDARITE);
    const urls = a.sources.map((s) => s.url ?? '');
    expect(urls.some((u) => /grand-est|auvergne-rhone-alpes|paca/.test(u))).toBe(false);
  });
});
