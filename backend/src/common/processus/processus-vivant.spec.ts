import { estZombie, processusVivant } from './processus-vivant';

describe('processusVivant', () => {
  it('says this process runs, and an impossible pid does not', () => {
    expect(processusVivant(process.pid)).toBe(true);
    expect(processusVivant(0)).toBe(false);
    expect(processusVivant(-1)).toBe(false);
    expect(processusVivant(Number.NaN)).toBe(false);
  });

  it('takes a zombie (exited, not reaped yet) for gone', () => {
    expect(processusVivant(process.pid, () => `${process.pid} (node) Z 1 0 0`)).toBe(false);
    expect(processusVivant(process.pid, () => `${process.pid} (node) S 1 0 0`)).toBe(true);
    // no /proc: what kill(0) says
    expect(processusVivant(process.pid, () => null)).toBe(true);
  });

  it('reads the state after the command, whatever the command holds', () => {
    expect(estZombie('42 (node) Z 1')).toBe(true);
    expect(estZombie('42 (a) Z b) R 1')).toBe(false);
    expect(estZombie('42 (x (y)) Z 1')).toBe(true);
    expect(estZombie('42 (node) R 1')).toBe(false);
  });
});
