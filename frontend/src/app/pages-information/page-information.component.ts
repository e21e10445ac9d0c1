import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CONFIGURATION, IdPageInformation } from '../configuration/configuration';
import { TITRES_PAGES_INFORMATION } from './titres-pages';

/**
 * A footer page (accessibility statement, legal notice, personal data, contact) whose content the deployer writes in
 * `configuration.json` (`pages.<id>`): title, sections of paragraphs and links. Without it, the page says plainly
 * that the service's operator has not written it yet. The route gives the page's id (`data.page`).
 */
@Component({
  selector: 'mlg-page-information',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <main id="contenu" class="fr-container fr-my-6w page-information" role="main">
      <nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :">
        <ol class="fr-breadcrumb__list">
          <li><a class="fr-breadcrumb__link" routerLink="/">Accueil</a></li>
          <li>
            <a class="fr-breadcrumb__link" aria-current="page">{{ titre() }}</a>
          </li>
        </ol>
      </nav>
      <h1>{{ titre() }}</h1>
      @if (contenu(); as c) {
        @if (c.miseAJour) {
          <p class="fr-text--sm">Mise à jour : {{ c.miseAJour }}</p>
        }
        @for (section of c.sections; track $index) {
          <h2 class="fr-h4 fr-mt-4w">{{ section.titre }}</h2>
          @for (paragraphe of section.paragraphes; track $index) {
            <p>{{ paragraphe }}</p>
          }
          @if (section.liens?.length) {
            <ul>
              @for (lien of section.liens; track lien.url) {
                <li>
                  <a class="fr-link" [href]="lien.url">{{ lien.texte }}</a>
                </li>
              }
            </ul>
          }
        }
      } @else {
        <p data-testid="page-non-renseignee">Cette page n’a pas encore été rédigée par l’exploitant de ce service.</p>
      }
    </main>
  `,
})
export class PageInformationComponent {
  private readonly configuration = inject(CONFIGURATION);
  /** From the route's `data.page` (component input binding). */
  readonly page = input.required<IdPageInformation>();
  protected readonly contenu = computed(() => this.configuration.pages[this.page()] ?? null);
  protected readonly titre = computed(() => this.contenu()?.titre ?? TITRES_PAGES_INFORMATION[this.page()]);
}
