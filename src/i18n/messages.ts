/**
 * The widget's own words in each language it speaks. The feed's texts are shown as given; these
 * are only the labels around them. Plurals use `Intl.PluralRules` categories.
 */
export interface Messages {
  sectionsFigure: string;
  liveFigure: string;
  sectionsHeading: string;
  registerToRead: string;
  /** The accessible name of a section's register link; `{title}` is the section's title. */
  registerToReadNamed: string;
  compiling: string;
  loading: string;
  /** What happened when the feed could not be had: one short sentence, nothing technical. */
  loadFailed: string;
  /** What to do when the network did not answer (with Retry beside it). */
  checkConnection: string;
  /** What to do when the feed's server answered wrongly (with Retry beside it). */
  tryLater: string;
  retry: string;
  /** The note shown over a kept copy after a failed refresh; `{age}` is a relative time. */
  staleNote: string;
  /** Shown by cpi-section-card for a section the feed does not have: no id, no suggestion. */
  unknownSection: string;
  /** The link under it, to the whole index (the feed's register page). */
  seeAllSections: string;
  emptyIndex: string;
  /** Shown by cpi-register-cta when the feed has no register block. */
  noRegister: string;
  /** The register button's words when the feed gives none. */
  registerLabel: string;
  noMatch: string;
}

const en: Messages = {
  sectionsFigure: 'Intelligence sections',
  liveFigure: 'Live now',
  sectionsHeading: 'Intelligence sections',
  registerToRead: 'Register to read',
  registerToReadNamed: 'Register to read: {title}',
  compiling: 'Intelligence being compiled',
  loading: 'Loading the Creator Program Index…',
  loadFailed: 'The Creator Program Index could not be loaded.',
  checkConnection: 'Check your connection and try again.',
  tryLater: 'Please try again later.',
  retry: 'Retry',
  staleNote: 'Showing the copy from {age}; it could not be refreshed.',
  unknownSection: 'This section of the Creator Program Index is not available.',
  seeAllSections: 'See all sections',
  emptyIndex: 'The index has no sections yet.',
  noRegister: 'The Creator Program Index has no register link right now.',
  registerLabel: 'Register',
  noMatch: 'No sections match this selection.',
};

const de: Messages = {
  sectionsFigure: 'Themenbereiche',
  liveFigure: 'Jetzt verfügbar',
  sectionsHeading: 'Themenbereiche',
  registerToRead: 'Registrieren und lesen',
  registerToReadNamed: 'Registrieren und lesen: {title}',
  compiling: 'Wird gerade zusammengestellt',
  loading: 'Der Creator Program Index wird geladen…',
  loadFailed: 'Der Creator Program Index konnte nicht geladen werden.',
  checkConnection: 'Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  tryLater: 'Bitte versuchen Sie es später noch einmal.',
  retry: 'Erneut versuchen',
  staleNote: 'Stand: {age}; die Aktualisierung ist fehlgeschlagen.',
  unknownSection: 'Dieser Bereich des Creator Program Index ist nicht verfügbar.',
  seeAllSections: 'Alle Bereiche ansehen',
  emptyIndex: 'Der Index enthält noch keine Bereiche.',
  noRegister: 'Der Creator Program Index hat gerade keinen Registrierungslink.',
  registerLabel: 'Registrieren',
  noMatch: 'Keine Bereiche entsprechen dieser Auswahl.',
};

const fr: Messages = {
  sectionsFigure: 'Sections de veille',
  liveFigure: 'Disponibles',
  sectionsHeading: 'Sections de veille',
  registerToRead: 'S’inscrire pour lire',
  registerToReadNamed: 'S’inscrire pour lire : {title}',
  compiling: 'En cours de compilation',
  loading: 'Chargement du Creator Program Index…',
  loadFailed: 'Le Creator Program Index n’a pas pu être chargé.',
  checkConnection: 'Vérifiez votre connexion, puis réessayez.',
  tryLater: 'Veuillez réessayer plus tard.',
  retry: 'Réessayer',
  staleNote: 'Copie de {age} ; la mise à jour a échoué.',
  unknownSection: 'Cette section du Creator Program Index n’est pas disponible.',
  seeAllSections: 'Voir toutes les sections',
  emptyIndex: 'L’index n’a pas encore de sections.',
  noRegister: 'Le Creator Program Index n’a pas de lien d’inscription pour le moment.',
  registerLabel: 'S’inscrire',
  noMatch: 'Aucune section ne correspond à cette sélection.',
};

const es: Messages = {
  sectionsFigure: 'Secciones de inteligencia',
  liveFigure: 'Disponibles',
  sectionsHeading: 'Secciones de inteligencia',
  registerToRead: 'Regístrate para leer',
  registerToReadNamed: 'Regístrate para leer: {title}',
  compiling: 'En preparación',
  loading: 'Cargando el Creator Program Index…',
  loadFailed: 'No se pudo cargar el Creator Program Index.',
  checkConnection: 'Comprueba tu conexión y vuelve a intentarlo.',
  tryLater: 'Vuelve a intentarlo más tarde.',
  retry: 'Reintentar',
  staleNote: 'Copia de {age}; no se pudo actualizar.',
  unknownSection: 'Esta sección del Creator Program Index no está disponible.',
  seeAllSections: 'Ver todas las secciones',
  emptyIndex: 'El índice aún no tiene secciones.',
  noRegister: 'El Creator Program Index no tiene enlace de registro por ahora.',
  registerLabel: 'Registrarse',
  noMatch: 'Ninguna sección coincide con esta selección.',
};

/** Every language the widget speaks, by primary language subtag. */
export const catalog = {en, de, fr, es} as const;

/** A language the widget speaks. */
export type Lang = keyof typeof catalog;

/** The widget's language for a BCP 47 tag (`de-AT` → `de`); unknown languages give English. */
export function pickLang(tag: string | null | undefined): Lang {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  // An own key only: `<html lang="constructor">` must not find an inherited name.
  return Object.prototype.hasOwnProperty.call(catalog, primary) ? (primary as Lang) : 'en';
}

/** Fills `{name}` placeholders in a message. */
export function fill(message: string, values: Record<string, string>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole,
  );
}
