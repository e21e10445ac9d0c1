/** Offers a file to the user (download link clicked programmatically). */
export function telecharger(nomFichier: string, contenu: Blob | string, type = 'text/csv;charset=utf-8'): void {
  const url =
    typeof contenu === 'string' && contenu.startsWith('data:')
      ? contenu
      : URL.createObjectURL(contenu instanceof Blob ? contenu : new Blob([contenu], { type }));
  const lien = document.createElement('a');
  lien.href = url;
  lien.download = nomFichier;
  lien.rel = 'noopener';
  document.body.appendChild(lien);
  lien.click();
  lien.remove();
  if (url.startsWith('blob:')) setTimeout(() => URL.revokeObjectURL(url), 1000);
}
