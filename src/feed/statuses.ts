/**
 * What each section status means, in one table: the badge's words in every language the widget
 * speaks, its colours, the card's footer, and whether the section counts as live. The badge
 * styles, the card footer, the header figures, the JSON Schema and the editors' check all read
 * this table; adding a status is adding one entry here (see the README, "Adding a status").
 *
 * A status the table does not know is never an error: it shows as a neutral badge with its own
 * text and a footer of facts without a register link.
 */

/** Everything a status means. */
export interface StatusDefinition {
  /** The badge's words, by language (`en` is required and used for languages not listed). */
  readonly label: Readonly<{en: string} & Partial<Record<string, string>>>;
  /**
   * The badge's colour pair, as CSS colour values (`light-dark(…)` for a pair per scheme; the
   * widget's `--_accent`, `--_on-accent`, `--_soft`, `--_muted` follow its theme). A page
   * overrides them with `--cpi-badge-<status>-background` and `--cpi-badge-<status>-color`.
   */
  readonly background: string;
  readonly color: string;
  /** Counts in the "Live now" figure, and its card links to read it. */
  readonly live: boolean;
  /**
   * What the card's footer shows: `facts` (conversations, month, and the read link of a live
   * section) or `compiling` ("Intelligence being compiled").
   */
  readonly footer: 'facts' | 'compiling';
  /** The badge shows a dot before its words (a second cue besides colour). */
  readonly dot: boolean;
}

/** The statuses this version of the widget knows. */
export const statuses = {
  live: {
    label: {en: 'Live', de: 'Verfügbar', fr: 'Disponible', es: 'Disponible'},
    background: 'var(--_accent)',
    color: 'var(--_on-accent)',
    live: true,
    footer: 'facts',
    dot: true,
  },
  'coming-soon': {
    label: {en: 'Coming soon', de: 'Demnächst', fr: 'Bientôt', es: 'Próximamente'},
    background: 'var(--_soft)',
    color: 'var(--_muted)',
    live: false,
    footer: 'compiling',
    dot: false,
  },
} as const satisfies Record<string, StatusDefinition>;

/** A status this version knows. */
export type KnownStatus = keyof typeof statuses;

/** The statuses this version knows, in the table's order. */
export const knownStatuses = Object.keys(statuses) as KnownStatus[];

/** The definition of a status, if this version knows it (own entries only, never inherited names). */
export function statusDefinition(status: string): StatusDefinition | undefined {
  return Object.prototype.hasOwnProperty.call(statuses, status)
    ? (statuses as Record<string, StatusDefinition>)[status]
    : undefined;
}

/** The badge's words for a status in a language; an unknown status shows as written. */
export function statusLabel(status: string, lang: string): string {
  const label = statusDefinition(status)?.label;
  if (!label) return status;
  return (Object.prototype.hasOwnProperty.call(label, lang) ? label[lang] : undefined) ?? label.en;
}
