import { RANG_CHEF_LIEU_REGION, RANG_PREFECTURE, rangsChefsLieux } from './chefs-lieux';

describe('chefs-lieux of the régions and départements', () => {
  const rangs = rangsChefsLieux();

  it('ranks régional capitals above the other préfectures', () => {
    expect(rangs.get('69123')).toBe(RANG_CHEF_LIEU_REGION); // Lyon
    expect(rangs.get('97411')).toBe(RANG_CHEF_LIEU_REGION); // Saint-Denis (La Réunion)
    expect(rangs.get('42218')).toBe(RANG_PREFECTURE); // Saint-Étienne
    expect(rangs.get('2A004')).toBe(RANG_CHEF_LIEU_REGION); // Ajaccio
    expect(rangs.get('23096')).toBe(RANG_PREFECTURE); // Guéret
  });

  it('has one préfecture per département and one chef-lieu per région', () => {
    expect([...rangs.values()].filter((r) => r === RANG_CHEF_LIEU_REGION)).toHaveLength(18);
    expect(rangs.size).toBe(101);
  });
});
