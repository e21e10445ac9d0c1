import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export interface BarreApl {
  readonly libelle: string;
  readonly valeur: number | null;
  /** Projected or comparison bars are drawn lighter than measured values of the territory. */
  readonly nature: 'mesure' | 'projection' | 'comparaison';
}

const LARGEUR = 320;
const HAUTEUR = 150;
const MARGE_BAS = 34;
const MARGE_HAUT = 16;
const COULEURS = { mesure: '#000091', projection: '#8585f6', comparaison: '#929292' } as const;

/**
 * Small inline SVG bar chart of APL values with the 2.5 and 4 thresholds (no chart library). The same figures
 * are given as text in the SVG title and description for screen readers.
 */
@Component({
  selector: 'mlg-graphique-apl',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg [attr.viewBox]="'0 0 ' + largeur + ' ' + hauteur" class="graphique-apl" role="img" [attr.aria-label]="description()" data-testid="graphique-apl">
      <title>{{ description() }}</title>
      @for (s of seuils(); track s.valeur) {
        <line [attr.x1]="0" [attr.x2]="largeur" [attr.y1]="s.y" [attr.y2]="s.y" stroke="#ce0500" stroke-dasharray="4 3" stroke-width="1" />
        <text [attr.x]="largeur - 2" [attr.y]="s.y - 3" text-anchor="end" font-size="9" fill="#ce0500">seuil {{ s.libelle }}</text>
      }
      @for (b of barres(); track b.libelle) {
        @if (b.valeur !== null) {
          <rect [attr.x]="b.x" [attr.y]="b.y" [attr.width]="b.largeur" [attr.height]="b.hauteur" [attr.fill]="b.couleur" />
          <text [attr.x]="b.x + b.largeur / 2" [attr.y]="b.y - 3" text-anchor="middle" font-size="10" fill="#161616">{{ b.texte }}</text>
        } @else {
          <text [attr.x]="b.x + b.largeur / 2" [attr.y]="hauteur - 40" text-anchor="middle" font-size="9" fill="#666666">n.d.</text>
        }
        <text [attr.x]="b.x + b.largeur / 2" [attr.y]="hauteur - 20" text-anchor="middle" font-size="9" fill="#3a3a3a">{{ b.libelle }}</text>
      }
      <line x1="0" [attr.x2]="largeur" [attr.y1]="hauteur - 34" [attr.y2]="hauteur - 34" stroke="#3a3a3a" stroke-width="1" />
    </svg>
  `,
})
export class GraphiqueAplComponent {
  readonly valeurs = input.required<readonly BarreApl[]>();
  protected readonly largeur = LARGEUR;
  protected readonly hauteur = HAUTEUR;

  private readonly maximum = computed(() => Math.max(5, ...this.valeurs().map((v) => v.valeur ?? 0)) * 1.1);
  private readonly y = (v: number) => HAUTEUR - MARGE_BAS - (v / this.maximum()) * (HAUTEUR - MARGE_BAS - MARGE_HAUT);

  protected readonly barres = computed(() => {
    const n = this.valeurs().length;
    const pas = LARGEUR / Math.max(n, 1);
    return this.valeurs().map((v, i) => {
      const y = v.valeur === null ? 0 : this.y(v.valeur);
      return {
        ...v,
        x: i * pas + pas * 0.2,
        largeur: pas * 0.6,
        y,
        hauteur: HAUTEUR - MARGE_BAS - y,
        couleur: COULEURS[v.nature],
        texte: v.valeur === null ? '' : v.valeur.toLocaleString('fr-FR', { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
      };
    });
  });

  protected readonly seuils = computed(() => [
    { valeur: 2.5, libelle: '2,5', y: this.y(2.5) },
    { valeur: 4, libelle: '4', y: this.y(4) },
  ]);

  protected readonly description = computed(
    () =>
      'APL aux médecins généralistes : ' +
      this.valeurs()
        .map((v) => `${v.libelle} ${v.valeur === null ? 'non disponible' : v.valeur.toLocaleString('fr-FR', { maximumFractionDigits: 2 })}`)
        .join(', ') +
      '. Seuils 2,5 (sous-dotée) et 4 (fragile).',
  );
}
