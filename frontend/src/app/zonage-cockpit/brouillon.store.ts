import { Injectable, computed, inject, signal } from '@angular/core';
import { messageErreur } from '../territoires/message-erreur';
import { calculerJauges } from './jauges';
import { CYCLE_CLASSES, ClasseUnite, DecisionUnite, Jauges, ModificationUnite, UniteSocle, VueBrouillon } from './zonage-cockpit';
import { ZonageCockpitClient } from './zonage-cockpit.client';

/**
 * The draft being edited: loaded once (units, communes, QPV, parameters), its decisions as a signal. A class change
 * is applied here first — the gauges and the map follow from the signals at once — then saved; the server's answer
 * (its own gauges) confirms it, a refusal puts the previous decision back with the server's message.
 */
@Injectable()
export class BrouillonStore {
  private readonly client = inject(ZonageCockpitClient);

  readonly vue = signal<VueBrouillon | null>(null);
  readonly decisions = signal<ReadonlyMap<string, DecisionUnite>>(new Map());
  readonly qpv = signal<ReadonlyMap<string, string>>(new Map());
  readonly erreur = signal<string | null>(null);
  readonly message = signal<string | null>(null);
  readonly enregistrements = signal(0);
  /** Duration (ms) from the last change to the gauges and map updated in the page, set by the page. */
  readonly dureeDerniereMaj = signal<number | null>(null);
  /** Server gauges of the last saved change. */
  readonly jaugesServeur = signal<Jauges | null>(null);

  readonly modifiable = computed(() => this.vue()?.brouillon.statut !== 'publie');
  readonly uniteDeCommune = computed(() => {
    const m = new Map<string, string>();
    for (const c of this.vue()?.socle.communes ?? []) m.set(c.arrondissementDe ?? c.code, c.unite);
    return m;
  });
  readonly jauges = computed<Jauges | null>(() => {
    const v = this.vue();
    if (!v) return null;
    const d = this.decisions();
    const q = this.qpv();
    return calculerJauges(
      v.socle.unites.map((u) => ({ code: u.code, classe: d.get(u.code)?.classe ?? 'HZ', categorie: u.categorie, populationRegion: u.populationRegion })),
      v.socle.qpv.map((x) => ({ parts: x.parts, classe: (q.get(x.code) as 'ZIP' | 'ZAC' | 'HZ' | undefined) ?? null })),
      v.socle.parametres,
    );
  });
  /** Class of every commune (its unit's), by INSEE code, for the map. */
  readonly classesCommunes = computed(() => {
    const m = new Map<string, ClasseUnite>();
    const d = this.decisions();
    for (const c of this.vue()?.socle.communes ?? []) {
      const classe = d.get(c.unite)?.classe;
      if (classe) m.set(c.arrondissementDe ?? c.code, classe);
    }
    return m;
  });

  async charger(id: string): Promise<void> {
    this.erreur.set(null);
    try {
      this.installer(await this.client.lire(id));
    } catch (e) {
      this.erreur.set(messageErreur(e, 'Brouillon indisponible.'));
    }
  }

  installer(vue: VueBrouillon): void {
    this.vue.set(vue);
    this.decisions.set(new Map(Object.entries(vue.decisions.unites)));
    this.qpv.set(new Map(Object.entries(vue.decisions.qpv)));
    this.jaugesServeur.set(vue.jauges);
  }

  unite(code: string): UniteSocle | undefined {
    return this.vue()?.socle.unites.find((u) => u.code === code);
  }

  /** Map click: next class of the cycle, unless the unit is locked and not forced (then the reason is said). */
  cycler(code: string): void {
    const u = this.unite(code);
    const d = this.decisions().get(code);
    if (!u || !d) return;
    if (u.verrou && !d.force) {
      this.message.set(`${u.nom} : ${u.verrou.message} Pour la changer, forcez-la dans le tableau avec une justification écrite.`);
      return;
    }
    void this.modifier(code, { classe: CYCLE_CLASSES[d.classe] });
  }

  async modifier(code: string, m: ModificationUnite): Promise<boolean> {
    const v = this.vue();
    const avant = this.decisions().get(code);
    if (!v || !avant) return false;
    this.erreur.set(null);
    this.message.set(null);
    if (m.classe !== undefined && m.forcer === undefined) {
      const u = this.unite(code);
      if (u?.verrou && !avant.force) {
        this.message.set(`${u.nom} : ${u.verrou.message}`);
        return false;
      }
      this.poser(code, { ...avant, classe: m.classe });
    }
    try {
      const r = await this.client.modifierUnite(v.brouillon.id, code, m);
      this.poser(code, r.decision);
      this.jaugesServeur.set(r.jauges);
      this.enregistrements.update((n) => n + 1);
      return true;
    } catch (e) {
      this.poser(code, avant);
      this.erreur.set(messageErreur(e, 'Modification refusée.'));
      return false;
    }
  }

  async classerQpv(code: string, classe: string | null): Promise<void> {
    const v = this.vue();
    if (!v) return;
    const avant = this.qpv();
    const suivant = new Map(avant);
    if (classe === null) suivant.delete(code);
    else suivant.set(code, classe);
    this.qpv.set(suivant);
    try {
      const r = await this.client.modifierQpv(v.brouillon.id, code, classe);
      this.jaugesServeur.set(r.jauges);
    } catch (e) {
      this.qpv.set(avant);
      this.erreur.set(messageErreur(e, 'Modification refusée.'));
    }
  }

  private poser(code: string, d: DecisionUnite): void {
    this.decisions.update((m) => new Map(m).set(code, d));
  }
}
