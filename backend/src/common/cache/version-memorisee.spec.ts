import { VersionMemorisee } from './version-memorisee';

describe('VersionMemorisee', () => {
  const horloge = () => {
    let t = 0;
    return { lire: () => t, avancer: (ms: number) => (t += ms) };
  };

  it('reads the version once per delay, then again', async () => {
    let lectures = 0;
    const h = horloge();
    const v = new VersionMemorisee(async () => `v${++lectures}`, 2000, h.lire);
    expect(await v.version()).toBe('v1');
    h.avancer(1999);
    expect(await v.version()).toBe('v1');
    h.avancer(1);
    expect(await v.version()).toBe('v2');
  });

  it('shares one read between concurrent requests', async () => {
    let lectures = 0;
    const v = new VersionMemorisee(async () => `v${++lectures}`);
    expect(await Promise.all([v.version(), v.version(), v.version()])).toEqual(['v1', 'v1', 'v1']);
    expect(lectures).toBe(1);
  });

  it('reads again at once after oublier() (an import or a write in this process)', async () => {
    let valeur = 'avant';
    const v = new VersionMemorisee(async () => valeur);
    expect(await v.version()).toBe('avant');
    valeur = 'apres';
    v.oublier();
    expect(await v.version()).toBe('apres');
  });

  it('does not memorise a read that started before oublier()', async () => {
    let valeur = 'avant';
    let liberer: () => void = () => undefined;
    const v = new VersionMemorisee(() => new Promise<string>((r) => (liberer = () => r(valeur))));
    const enVol = v.version();
    valeur = 'apres';
    v.oublier();
    liberer();
    await enVol;
    const suivante = v.version();
    liberer();
    expect(await suivante).toBe('apres');
  });

  it('does not memorise a failed read', async () => {
    let echouer = true;
    const v = new VersionMemorisee(async () => {
      if (echouer) throw new Error('base indisponible');
      return 'v';
    });
    await expect(v.version()).rejects.toThrow('base indisponible');
    echouer = false;
    expect(await v.version()).toBe('v');
  });
});
