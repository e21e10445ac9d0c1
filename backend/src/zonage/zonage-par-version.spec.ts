import fc from 'fast-check';
import { VersionZonage, ZonageRepository } from './zonage.repository';
import { versionsEnVigueur, ZonageParVersion } from './zonage-par-version';

const version = (v: Partial<VersionZonage> & Pick<VersionZonage, 'id' | 'debut'>): VersionZonage => ({
  profession: 'medecin',
  niveau: 'commune',
  libelle: `version ${v.id}`,
  region: null,
  arrete: null,
  dateArrete: null,
  debutConnu: true,
  fin: null,
  source: 'essai',
  lienArrete: null,
  finPresumee: null,
  motifFinPresumee: null,
  sourceFinPresumee: null,
  origine: 'livre',
  ...v,
});

const NATIONALE = version({ id: 1, debut: '2024-01-01' });
const OCCITANIE = version({ id: 2, debut: '2025-03-01', fin: '2025-12-31', region: '76' });
const INFIRMIERS = version({ id: 3, debut: '2024-01-01', profession: 'infirmier' });
const QPV_PACA = version({ id: 4, debut: '2024-01-01', niveau: 'qpv', region: '93' });

function depot() {
  const repository = {
    versionsCommunales: jest.fn(async () => [NATIONALE, OCCITANIE, INFIRMIERS]),
    classesALaDate: jest.fn(async (profession: string, date: string) =>
      date >= '2025-03-01' && date <= '2025-12-31'
        ? [
            { code: '31555', classe: 'ZIP', version_id: 2 },
            { code: '09122', classe: 'ZAC', version_id: 1 },
          ]
        : [{ code: '31555', classe: 'ZAC', version_id: 1 }],
    ),
    ruralites: jest.fn(async () => [{ commune_code: '09122', frr: 'FRR', frr_source: 'décret', zrr: 'C', zrr_source: 'arrêté' }]),
    communesAvecQpv: jest.fn(async () => ['31555']),
  };
  return { repository, parVersion: new ZonageParVersion(repository as unknown as ZonageRepository) };
}

describe('versionsEnVigueur', () => {
  it('keeps the commune-level versions of the profession in force at the date, a région’s own first', () => {
    const toutes = [NATIONALE, OCCITANIE, INFIRMIERS, QPV_PACA];
    expect(versionsEnVigueur(toutes, 'medecin', '2025-06-01').map((v) => v.id)).toEqual([2, 1]);
    // the end day is still in force, the next one is not
    expect(versionsEnVigueur(toutes, 'medecin', '2025-12-31').map((v) => v.id)).toEqual([2, 1]);
    expect(versionsEnVigueur(toutes, 'medecin', '2026-01-01').map((v) => v.id)).toEqual([1]);
    expect(versionsEnVigueur(toutes, 'medecin', '2023-12-31')).toEqual([]);
    expect(versionsEnVigueur(toutes, 'infirmier', '2025-06-01').map((v) => v.id)).toEqual([3]);
  });

  it('orders like the SQL: région first, then the latest start, then the highest id', () => {
    const jour = fc.integer({ min: 0, max: 2000 }).map((n) => new Date(Date.UTC(2022, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(fc.record({ debut: jour, duree: fc.option(fc.integer({ min: 0, max: 900 })), region: fc.constantFrom(null, '76', '93') }), { maxLength: 12 }),
        jour,
        (lignes, date) => {
          const versions = lignes.map((l, i) =>
            version({
              id: i + 1,
              debut: l.debut,
              region: l.region,
              fin: l.duree === null ? null : new Date(Date.parse(l.debut) + l.duree * 86_400_000).toISOString().slice(0, 10),
            }),
          );
          const resultat = versionsEnVigueur(versions, 'medecin', date);
          const attendu = versions.filter((v) => Date.parse(v.debut) <= Date.parse(date) && (v.fin === null || Date.parse(v.fin) >= Date.parse(date)));
          expect(new Set(resultat.map((v) => v.id))).toEqual(new Set(attendu.map((v) => v.id)));
          for (let i = 1; i < resultat.length; i++) {
            const [a, b] = [resultat[i - 1], resultat[i]];
            const cle = (v: VersionZonage) => [v.region !== null ? 1 : 0, Date.parse(v.debut), v.id];
            const [ca, cb] = [cle(a), cle(b)];
            expect(ca[0] > cb[0] || (ca[0] === cb[0] && (ca[1] > cb[1] || (ca[1] === cb[1] && ca[2] > cb[2])))).toBe(true);
          }
        },
      ),
    );
  });
});

describe('ZonageParVersion', () => {
  it('reads the classes once per set of versions in force, whatever the date inside it', async () => {
    const { repository, parVersion } = depot();
    await expect(parVersion.classe('v1', 'medecin', '2025-04-01', '31555')).resolves.toEqual({ code: '31555', classe: 'ZIP', version_id: 2 });
    await expect(parVersion.classe('v1', 'medecin', '2025-11-30', '09122')).resolves.toEqual({ code: '09122', classe: 'ZAC', version_id: 1 });
    expect(repository.classesALaDate).toHaveBeenCalledTimes(1);
    // another set (Occitanie's version ended): read again, once
    await expect(parVersion.classe('v1', 'medecin', '2026-02-01', '31555')).resolves.toMatchObject({ classe: 'ZAC', version_id: 1 });
    await expect(parVersion.classe('v1', 'medecin', '2024-05-01', '09122')).resolves.toBeNull();
    expect(repository.classesALaDate).toHaveBeenCalledTimes(2);
    expect(repository.versionsCommunales).toHaveBeenCalledTimes(1);
  });

  it('reads nothing of the classes before any version starts', async () => {
    const { repository, parVersion } = depot();
    await expect(parVersion.classe('v1', 'medecin', '2019-06-01', '31555')).resolves.toBeNull();
    expect(repository.classesALaDate).not.toHaveBeenCalled();
  });

  it('finds a commune-level version by id, null for an unknown one', async () => {
    const { parVersion } = depot();
    await expect(parVersion.versionCommunale('v1', 2)).resolves.toBe(OCCITANIE);
    await expect(parVersion.versionCommunale('v1', 99)).resolves.toBeNull();
  });

  it('reads rurality and the communes with QPV once per version of the data, again after it changed', async () => {
    const { repository, parVersion } = depot();
    await parVersion.classe('v1', 'medecin', '2025-04-01', '31555');
    await expect(parVersion.ruralite('v1', '09122')).resolves.toMatchObject({ frr: 'FRR', zrr: 'C' });
    await expect(parVersion.ruralite('v1', '31555')).resolves.toBeNull();
    await expect(parVersion.peutAvoirDesQpv('v1', '31555')).resolves.toBe(true);
    await expect(parVersion.peutAvoirDesQpv('v1', '09122')).resolves.toBe(false);
    expect(repository.ruralites).toHaveBeenCalledTimes(1);
    expect(repository.communesAvecQpv).toHaveBeenCalledTimes(1);
    await parVersion.ruralite('v2', '09122');
    await parVersion.peutAvoirDesQpv('v2', '09122');
    await parVersion.classe('v2', 'medecin', '2025-04-01', '31555');
    expect(repository.ruralites).toHaveBeenCalledTimes(2);
    expect(repository.communesAvecQpv).toHaveBeenCalledTimes(2);
    expect(repository.versionsCommunales).toHaveBeenCalledTimes(2);
    expect(repository.classesALaDate).toHaveBeenCalledTimes(2);
  });
});
