import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { describe, expect, it, vi } from 'vitest';
import { CarteService } from '../carte/carte.service';
import { PremierRenduDirective } from './premier-rendu.directive';

const prete = signal(false);
const couleurs = signal(false);
const carte = { prete, apresRendu: vi.fn() };

@Component({
  imports: [PremierRenduDirective],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  providers: [{ provide: CarteService, useValue: carte }],
  template: `<mlg-carte mlgPremierRendu />`,
})
class Hote {}

@Component({
  imports: [PremierRenduDirective],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  providers: [{ provide: CarteService, useValue: carte }],
  template: `<mlg-carte mlgPremierRendu [mlgPremierRenduCouleurs]="couleurs()" />`,
})
class HoteIndicateur {
  protected readonly couleurs = couleurs;
}

describe('PremierRenduDirective', () => {
  it('marks the first paint once the map is ready and idle, and only once', async () => {
    carte.apresRendu.mockResolvedValue(1234.4);
    const fixture = TestBed.createComponent(Hote);
    await fixture.whenStable();
    const hote = fixture.nativeElement.querySelector('mlg-carte') as HTMLElement;
    expect(hote.hasAttribute('data-premier-rendu-ms')).toBe(false);
    expect(carte.apresRendu).not.toHaveBeenCalled();

    prete.set(true);
    await fixture.whenStable();
    await Promise.resolve();
    fixture.detectChanges();
    expect(hote.getAttribute('data-premier-rendu-ms')).toBe('1234');

    // A later style change makes the map ready again: the first paint stays the first.
    prete.set(false);
    prete.set(true);
    await fixture.whenStable();
    expect(carte.apresRendu).toHaveBeenCalledTimes(1);
  });

  it('with an indicator, counts the first paint once its values are on the map, not the bare outlines before', async () => {
    carte.apresRendu.mockReset().mockResolvedValue(2345.6);
    prete.set(true);
    const fixture = TestBed.createComponent(HoteIndicateur);
    await fixture.whenStable();
    const hote = fixture.nativeElement.querySelector('mlg-carte') as HTMLElement;
    expect(carte.apresRendu).not.toHaveBeenCalled();
    expect(hote.hasAttribute('data-premier-rendu-ms')).toBe(false);

    couleurs.set(true);
    await fixture.whenStable();
    await Promise.resolve();
    fixture.detectChanges();
    expect(carte.apresRendu).toHaveBeenCalledTimes(1);
    expect(hote.getAttribute('data-premier-rendu-ms')).toBe('2346');
  });
});
