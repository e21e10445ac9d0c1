import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { Catalogue } from '../regles/definition-aide';
import { AideAnterieure } from '../regles/fait';
import { ClasseZonage } from '../ports/source-zonage';
import { construireFaits, ContexteZonage } from './construire-faits';
import { CommuneDemande, Demande } from './demande';
import { evaluerEligibilite, ResultatEvaluation } from './evaluer-eligibilite';

/**
 * Realistic cases; expected answers written from docs/aides.md (the sources), not from the code:
 * convention 2024 first-installation aid ZIP 10 000 € / ZAC 5 000 € from 2026-01-01, sector 1 or OPTAM;
 * CAIM up to 50 000 € for 4 days/week, sign-up until 2025-12-31; FMT majoration ZIP or QPV, ZAC excluded;
 * MSU 800 € in ZIP / 500 € elsewhere; décret 2025-231: no second aid of the same kind within 10 years.
 */
const catalogue: Catalogue = JSON.parse(readFileSync(path.resolve(__dirname, '../../../../geo-data/aides/catalogue.json'), 'utf8'));

const VERSION_OCCITANIE = {
  id: 1,
  libelle: 'Zonage médecins Occitanie',
  region: '76',
  arrete: null,
  dateArrete: null,
  debut: '2024-01-01',
  debutConnu: false,
  fin: null,
  source: 'CartoSanté (test)',
};
const COMMUNES: Record<string, CommuneDemande> = {
  zip: { code: '09001', nom: 'Commune ZIP', departement: '09', region: '76', regionNom: 'Occitanie', epci: '200066223' },
  zac: { code: '09122', nom: 'Foix', departement: '09', region: '76', regionNom: 'Occitanie', epci: '200066223' },
  hz: { code: '31555', nom: 'Toulouse', departement: '31', region: '76', regionNom: 'Occitanie', epci: '243100518' },
  hzHdf: { code: '59350', nom: 'Lille', departement: '59', region: '32', regionNom: 'Hauts-de-France', epci: '200093201' },
  hzPaca: { code: '13055', nom: 'Marseille', departement: '13', region: '93', regionNom: 'Provence-Alpes-Côte d’Azur', epci: '200054807' },
  cayenne: { code: '97302', nom: 'Cayenne', departement: '973', region: '03', regionNom: 'Guyane', epci: '249730045' },
};
const CLASSES: Record<string, string> = { zip: 'ZIP', zac: 'ZAC', hz: 'HZ', hzHdf: 'HZ', hzPaca: 'HZ', cayenne: 'ZIP' };

function evaluer(
  ou: keyof typeof COMMUNES,
  demande: Partial<Demande>,
  options: { qpv?: ContexteZonage['qpv']; zonage?: ClasseZonage; aides?: AideAnterieure[] } = {},
): ResultatEvaluation {
  const commune = COMMUNES[ou];
  const d: Demande = { commune: commune.code, date: '2026-03-01', situation: 'installation', ...demande };
  const classe: ClasseZonage = options.zonage ?? { classe: CLASSES[ou], version: { ...VERSION_OCCITANIE, region: commune.region } };
  const z: ContexteZonage = {
    medecin: classe,
    infirmier: { classe: null, version: null },
    medecinInstallation: classe,
    qpv: options.qpv ?? [],
    ruralite: { frr: 'non classée', zrr: 'NC', source: 'test' },
  };
  const faits = construireFaits(d, commune, z, options.aides ?? []);
  return evaluerEligibilite(catalogue.aides, catalogue.regles, faits, d.date, commune);
}
const aide = (r: ResultatEvaluation, id: string) => {
  const a = r.aides.find((x) => x.id === id);
  if (!a) throw new Error(`aide ${id} absente (hors période : ${r.horsPeriode.map((h) => h.id).join(', ')})`);
  return a;
};
const GP_INSTALLATION: Partial<Demande> = { profession: 'medecin-generaliste', premiereInstallation: true, secteur: 'secteur-1', modeExercice: 'groupe' };

describe('eligibility table (sources: aides.md)', () => {
  it('GP installing for the first time in a ZIP on 2026-03-01: 10 000 € first-installation aid and FMT majoration', () => {
    const r = evaluer('zip', GP_INSTALLATION);
    expect(aide(r, 'premiere-installation-2026')).toMatchObject({ statut: 'eligible', montant: { valeur: 10000, periodicite: 'unique' } });
    expect(aide(r, 'majoration-fmt-zip-qpv').statut).toBe('eligible');
    expect(r.total.eligibles.find((t) => t.periodicite === 'unique')).toMatchObject({ min: 10000, max: 10000 });
  });

  it('GP installing for the first time in a ZAC on 2026-03-01: 5 000 €, no FMT majoration (ZAC excluded)', () => {
    const r = evaluer('zac', GP_INSTALLATION);
    expect(aide(r, 'premiere-installation-2026')).toMatchObject({ statut: 'eligible', montant: { valeur: 5000 } });
    const fmt = aide(r, 'majoration-fmt-zip-qpv');
    expect(fmt.statut).toBe('non-eligible');
    expect(fmt.criteres.find((c) => c.id === 'zone')!.raison).toContain('ZAC');
  });

  it('GP installing outside the zonage and outside any QPV: no first-installation aid', () => {
    const r = evaluer('hz', GP_INSTALLATION);
    expect(aide(r, 'premiere-installation-2026').statut).toBe('non-eligible');
  });

  it('GP in sector 2 without OPTAM in a ZIP: not eligible, the sector criterion says why', () => {
    const r = evaluer('zip', { ...GP_INSTALLATION, secteur: 'secteur-2' });
    const a = aide(r, 'premiere-installation-2026');
    expect(a.statut).toBe('non-eligible');
    expect(a.criteres.find((c) => c.id === 'secteur')).toMatchObject({ statut: 'non-rempli', raison: expect.stringContaining('secteur 2 sans OPTAM') });
  });

  it('before 2026-01-01 (2025-06-01) in a ZIP, 4 days a week in a group with PDSA: CAIM 50 000 €, the 2026 aid not yet in force', () => {
    const r = evaluer('zip', { ...GP_INSTALLATION, date: '2025-06-01', joursParSemaine: 4, permanenceDesSoins: true });
    expect(aide(r, 'caim')).toMatchObject({ statut: 'eligible', montant: { valeur: 50000 } });
    expect(r.horsPeriode.find((h) => h.id === 'premiere-installation-2026')!.motif).toContain('à partir du 1er janvier 2026');
  });

  it('CAIM at 2.5 days a week is 31 250 €; after 2025-12-31 it is closed to sign-up', () => {
    expect(aide(evaluer('zip', { ...GP_INSTALLATION, date: '2025-06-01', joursParSemaine: 2.5, permanenceDesSoins: true }), 'caim').montant.valeur).toBe(31250);
    const apres = evaluer('zip', { ...GP_INSTALLATION, date: '2026-01-02', joursParSemaine: 4, permanenceDesSoins: true });
    expect(apres.horsPeriode.find((h) => h.id === 'caim')!.motif).toContain('31 décembre 2025');
  });

  it('second installation aid within 10 years (CAIM signed 2020-05-01) bars the 2026 first-installation aid', () => {
    const r = evaluer('zip', GP_INSTALLATION, { aides: [{ code: 'caim', libelle: 'CAIM', famille: 'installation', date: '2020-05-01' }] });
    const a = aide(r, 'premiere-installation-2026');
    expect(a.statut).toBe('non-eligible');
    expect(a.criteres.find((c) => c.id === 'regle-10-ans')).toMatchObject({ statut: 'non-rempli', raison: expect.stringContaining('moins de 10 ans') });
  });

  it('an installation aid received more than 10 years before (2015-06-01) does not bar the aid', () => {
    const r = evaluer('zip', GP_INSTALLATION, { aides: [{ code: 'caim', libelle: 'CAIM', famille: 'installation', date: '2015-06-01' }] });
    expect(aide(r, 'premiere-installation-2026').criteres.find((c) => c.id === 'regle-10-ans')!.statut).toBe('rempli');
  });

  it('the 10-year rule is not applied before the décret 2025-231 took effect (2025-03-12)', () => {
    const r = evaluer(
      'zip',
      { ...GP_INSTALLATION, date: '2025-03-01', joursParSemaine: 4, permanenceDesSoins: true },
      { aides: [{ code: 'autre-aide-installation', libelle: 'aide de la commune', famille: 'installation', date: '2020-01-01' }] },
    );
    const caim = aide(r, 'caim');
    expect(caim.criteres.some((c) => c.id === 'regle-10-ans')).toBe(false);
    expect(caim.statut).toBe('eligible');
  });

  it('previous aids not stated: to confirm, asking for aidesAnterieures', () => {
    const commune = COMMUNES.zip;
    const d: Demande = { commune: commune.code, date: '2026-03-01', situation: 'installation', ...GP_INSTALLATION };
    const classe = { classe: 'ZIP', version: VERSION_OCCITANIE };
    const faits = construireFaits(
      d,
      commune,
      { medecin: classe, infirmier: { classe: null, version: null }, medecinInstallation: null, qpv: [], ruralite: { frr: null, zrr: null, source: 'test' } },
      undefined,
    );
    const a = aide(evaluerEligibilite(catalogue.aides, catalogue.regles, faits, d.date, commune), 'premiere-installation-2026');
    expect(a.statut).toBe('a-confirmer');
    expect(a.aPreciser).toEqual([expect.objectContaining({ champ: 'aidesAnterieures' })]);
  });

  it('QPV in Hauts-de-France (hors zonage commune): assimilated to ZIP, 10 000 €', () => {
    const qpv = [{ code: 'QN05901M', nom: 'Quartier test', classe: null, source: 'QPV 2024' }];
    const r = evaluer('hzHdf', { ...GP_INSTALLATION, dansQpv: true }, { qpv });
    expect(aide(r, 'premiere-installation-2026')).toMatchObject({ statut: 'eligible', montant: { valeur: 10000 } });
    expect(aide(r, 'majoration-fmt-zip-qpv').statut).toBe('eligible');
  });

  it('QPV in Occitanie (hors zonage commune): to confirm with the ARS, FMT majoration eligible (ZIP or QPV)', () => {
    const qpv = [{ code: 'QN03101M', nom: 'Quartier test', classe: null, source: 'QPV 2024' }];
    const r = evaluer('hz', { ...GP_INSTALLATION, dansQpv: true }, { qpv });
    const a = aide(r, 'premiere-installation-2026');
    expect(a.statut).toBe('a-confirmer');
    expect(a.aPreciser[0].question).toContain('ARS');
    expect(aide(r, 'majoration-fmt-zip-qpv').statut).toBe('eligible');
  });

  it('QPV classed ZAC by the ARS PACA QPV zonage in a hors-zonage commune: 5 000 €', () => {
    const qpv = [{ code: 'QN01304M', nom: 'Quartier PACA', classe: 'ZAC' as const, source: 'Arrêté QPV PACA' }];
    const r = evaluer('hzPaca', { ...GP_INSTALLATION, codeQpv: 'QN01304M' }, { qpv });
    expect(aide(r, 'premiere-installation-2026')).toMatchObject({ statut: 'eligible', montant: { valeur: 5000 } });
  });

  it('commune with QPV but the practice site not stated: to confirm, asking dansQpv', () => {
    const qpv = [{ code: 'QN03101M', nom: 'Quartier test', classe: null, source: 'QPV 2024' }];
    const a = aide(evaluer('hz', GP_INSTALLATION, { qpv }), 'premiere-installation-2026');
    expect(a.statut).toBe('a-confirmer');
    expect(a.aPreciser.map((p) => p.champ)).toContain('dansQpv');
  });

  it('DROM: GP installing for the first time in Cayenne (973, ZIP) on 2026-03-01: 10 000 €', () => {
    expect(aide(evaluer('cayenne', GP_INSTALLATION), 'premiere-installation-2026')).toMatchObject({ statut: 'eligible', montant: { valeur: 10000 } });
  });

  it('no zonage version at the date: to confirm, amount given as the range 5 000 € – 10 000 €', () => {
    const a = aide(evaluer('zip', GP_INSTALLATION, { zonage: { classe: null, version: null } }), 'premiere-installation-2026');
    expect(a.statut).toBe('a-confirmer');
    expect(a.montant).toMatchObject({ valeur: null, min: 5000, max: 10000 });
    expect(a.criteres.find((c) => c.id === 'zone')!.raison).toContain('aucun zonage');
  });

  it('the reason names the commune, its class, the zonage version and says when the arrêté date is unknown', () => {
    const zone = aide(evaluer('zac', GP_INSTALLATION), 'premiere-installation-2026').criteres.find((c) => c.id === 'zone')!;
    expect(zone.raison).toContain('commune 09122 (Foix) classée ZAC');
    expect(zone.raison).toContain('date de l’arrêté inconnue');
    expect(zone.sourceFait).toBe('CartoSanté (test)');
  });

  it('MSU bonus: 800 € a year in ZIP, 500 € outside ZIP', () => {
    const msu = { situation: 'maitre-de-stage' as const, profession: 'medecin-generaliste' };
    expect(aide(evaluer('zip', msu), 'prime-maitre-de-stage').montant).toMatchObject({ valeur: 800, periodicite: 'an' });
    expect(aide(evaluer('zac', msu), 'prime-maitre-de-stage').montant).toMatchObject({ valeur: 500, periodicite: 'an' });
  });

  it('CDE is reported as removed since 2024-01-01', () => {
    expect(evaluer('zip', GP_INSTALLATION).horsPeriode.find((h) => h.id === 'cde')!.motif).toContain('LFSS 2023');
  });

  it('docteurs juniors: nothing before November 2026, 1 000 € a month of internship in ZIP from then', () => {
    const junior = { situation: 'docteur-junior' as const, profession: 'medecin-generaliste' };
    expect(evaluer('zip', { ...junior, date: '2026-10-15' }).horsPeriode.map((h) => h.id)).toContain('docteur-junior-stage-zip');
    expect(aide(evaluer('zip', { ...junior, date: '2026-11-15' }), 'docteur-junior-stage-zip')).toMatchObject({
      statut: 'eligible',
      montant: { valeur: 1000, periodicite: 'mois' },
    });
  });

  it('CPTS of 60 000 inhabitants: ACI ceiling of the 40–80k band, 287 000 € a year', () => {
    const r = evaluer('hz', { situation: 'structure', typeProjet: 'cpts', structure: { populationCouverte: 60000, projetDeSante: true } });
    expect(aide(r, 'aci-cpts')).toMatchObject({ statut: 'eligible', montant: { valeur: null, max: 287000, periodicite: 'an' } });
  });

  it('the Hauts-de-France CRAI is not offered in Occitanie', () => {
    const r = evaluer('zac', { ...GP_INSTALLATION, situation: 'installe', date: '2026-03-01' });
    expect([...r.aides, ...r.horsPeriode].map((a) => a.id)).not.toContain('crai-hauts-de-france');
  });
});
