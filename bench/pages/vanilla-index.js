// The benchmark's baseline: a hand-written custom element, no framework, that does the same work
// as <cpi-index> shown from a `feed` property, so that the bench measures what Lit, @lit/task and
// the controllers cost and nothing else. Per element, like the widget, it:
// - validates and normalizes the feed with the project's own parseFeed (the very function the
//   widget runs, exported by cpi.js: the same checks at the same cost, rather than a
//   re-implementation that might check less);
// - resolves the language (the nearest `lang`, crossing shadow roots) and the colours (`theme`,
//   then an ancestor's `data-theme`, then the page's computed `color-scheme`) into
//   data-lang/data-scheme, and marks the feed's texts with the feed's language and its own words
//   with the widget's where the two differ;
// - writes the month from a table of month names and the plural through one Intl.PluralRules per
//   language for the page (formatters are per page, never per card); no Intl.DateTimeFormat;
// - builds the same shadow tree as the widget's current markup (the stale-copy live region, the
//   header with its figures and compact register link, the grid of cards with their title, badge,
//   summary and footer facts, the register block; same elements, attributes, parts and texts,
//   whitespace-only text nodes aside) with the same constructable style sheets (the widget's CSS
//   text, made into sheets once per page, on first use, as Lit does);
// - renders the first 60 cards at once and the rest in later tasks of 240 cards, as the widget
//   does;
// - dispatches cpi-feed-load, turns link clicks into cpi-register-click / cpi-section-click with
//   one listener per element, and fires cpi-impression (half visible for a second,
//   IntersectionObserver, the latest entry counting);
// - re-reads the page when an ancestor's `lang` or `data-theme`, or the class or style of <html>
//   or <body>, changes (two observers per page, as the widget has).
// It does not fetch or cache feeds, and has no `partner`, `status` or `sections`: the bench gives
// every element its feed as a property, and uses none of them.
import {
  parseFeed,
  CpiFeedLoadEvent,
  CpiImpressionEvent,
  CpiRegisterClickEvent,
  CpiSectionClickEvent,
} from '/dist/cdn/cpi.js';

const cardsPerFrame = 60;

// The widget's own words for what the index shows, by language.
const words = {
  en: {
    sections: 'Intelligence sections',
    live: 'Live now',
    months: 'January February March April May June July August September October November December',
    monthYear: '{month} {year}',
    conversations: {one: '# conversation', other: '# conversations'},
    read: 'Register to read',
    readNamed: 'Register to read: {title}',
    compiling: 'Intelligence being compiled',
    register: 'Register',
    empty: 'The index has no sections yet.',
  },
  de: {
    sections: 'Themenbereiche',
    live: 'Jetzt verfügbar',
    months: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember',
    monthYear: '{month} {year}',
    conversations: {one: '# Gespräch', other: '# Gespräche'},
    read: 'Registrieren und lesen',
    readNamed: 'Registrieren und lesen: {title}',
    compiling: 'Wird gerade zusammengestellt',
    register: 'Registrieren',
    empty: 'Der Index enthält noch keine Bereiche.',
  },
  fr: {
    sections: 'Sections de veille',
    live: 'Disponibles',
    months: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    monthYear: '{month} {year}',
    conversations: {one: '# conversation', many: '# de conversations', other: '# conversations'},
    read: 'S’inscrire pour lire',
    readNamed: 'S’inscrire pour lire : {title}',
    compiling: 'En cours de compilation',
    register: 'S’inscrire',
    empty: 'L’index n’a pas encore de sections.',
  },
  es: {
    sections: 'Secciones de inteligencia',
    live: 'Disponibles',
    months:
      'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    monthYear: '{month} de {year}',
    conversations: {one: '# conversación', many: '# de conversaciones', other: '# conversaciones'},
    read: 'Regístrate para leer',
    readNamed: 'Regístrate para leer: {title}',
    compiling: 'En preparación',
    register: 'Registrarse',
    empty: 'El índice aún no tiene secciones.',
  },
};
for (const w of Object.values(words)) w.months = w.months.split(' ');

// What each status means: the badge's words, its dot, whether it counts as live (and links to
// read it), and whether its footer says the section is being compiled. Others show as written.
const statuses = {
  live: {
    label: {en: 'Live', de: 'Verfügbar', fr: 'Disponible', es: 'Disponible'},
    dot: true,
    live: true,
    compiling: false,
  },
  'coming-soon': {
    label: {en: 'Coming soon', de: 'Demnächst', fr: 'Bientôt', es: 'Próximamente'},
    dot: false,
    live: false,
    compiling: true,
  },
};
const statusOf = (status) => (Object.hasOwn(statuses, status) ? statuses[status] : undefined);

// One plural-rules object (and number format, for 1,000 and more) per language for the page.
const formatters = new Map();
function formatter(key, create) {
  let value = formatters.get(key);
  if (!value) formatters.set(key, (value = create()));
  return value;
}
function number(value, lang) {
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  return formatter(`n:${lang}`, () => new Intl.NumberFormat(lang)).format(value);
}
function conversations(count, lang) {
  const forms = words[lang].conversations;
  const rule = formatter(`p:${lang}`, () => new Intl.PluralRules(lang)).select(count);
  return (forms[rule] ?? forms.other).replace('#', number(count, lang));
}
function month(updated, lang) {
  const m = /^(\d{4})-(\d{2})/.exec(updated);
  const name = m && words[lang].months[Number(m[2]) - 1];
  return name && words[lang].monthYear.replace('{month}', name).replace('{year}', m[1]);
}

function closestComposed(el, selector) {
  for (let node = el; node;) {
    const found = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
function pageLang(el) {
  const tag = closestComposed(el, '[lang]')?.getAttribute('lang') ?? '';
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return Object.hasOwn(words, primary) ? primary : 'en';
}
function pageScheme(el) {
  const theme = el.getAttribute('theme');
  if (theme === 'light' || theme === 'dark') return theme;
  const marked = closestComposed(el, '[data-theme]')?.getAttribute('data-theme');
  if (marked === 'light' || marked === 'dark') return marked;
  const scheme = getComputedStyle(el).colorScheme;
  const dark = /\bdark\b/.test(scheme);
  const light = /\blight\b/.test(scheme);
  return dark === light ? 'auto' : dark ? 'dark' : 'light';
}

// The widget's CSS, made into constructable sheets once per page, when the first element renders.
let sheets;
function styleSheets() {
  return (sheets ??= customElements.get('cpi-index').elementStyles.map((s) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(s.cssText);
    return sheet;
  }));
}

// One set of page observers for every element: a change of an ancestor's lang or data-theme, or
// of the class or style of <html> or <body> (the page's color-scheme), re-reads the page.
const elements = new Set();
let observers;
function watchPage() {
  if (observers) return;
  const refresh = () => elements.forEach((el) => el.refresh());
  const marks = new MutationObserver(refresh);
  marks.observe(document.documentElement, {
    subtree: true,
    attributes: true,
    attributeFilter: ['lang', 'data-theme'],
  });
  const scheme = new MutationObserver(refresh);
  for (const el of [document.documentElement, document.body])
    scheme.observe(el, {attributes: true, attributeFilter: ['class', 'style']});
  observers = [marks, scheme];
}

/** An element with its attributes (left out where undefined) and children (null left out). */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) for (const k in attrs) if (attrs[k] !== undefined) el.setAttribute(k, attrs[k]);
  for (const c of children) if (c !== undefined && c !== null) el.append(c);
  return el;
}
const heading = (level, name, text) =>
  h(`h${Math.min(6, Math.max(1, level))}`, {part: name, class: name}, text);
const dot = () => h('span', {class: 'dot', 'aria-hidden': 'true'}, '·');
const arrow = () => h('span', {class: 'arrow', 'aria-hidden': 'true'}, '→');

function footer(s, ctx, own) {
  const w = words[ctx.lang];
  const status = statusOf(s.status);
  if (status?.compiling)
    return h('p', {part: 'footer', class: 'footer compiling', lang: own}, w.compiling);
  const facts = [];
  if (s.conversations !== undefined) facts.push(conversations(s.conversations, ctx.lang));
  const m = s.updated === undefined ? undefined : month(s.updated, ctx.lang);
  if (m) facts.push(m);
  // A live section is read after registering, unless it has a page of its own.
  const target = s.url ?? (status?.live ? ctx.register?.url : undefined);
  // A section with neither has its footer there, hidden, as the widget's card has.
  const p = h('p', {part: 'footer', class: 'footer', lang: own});
  if (!facts.length && !target) p.hidden = true;
  facts.forEach((fact, i) => {
    const span = h('span', {class: 'fact'}, fact);
    p.append(i ? h('span', {class: 'then'}, dot(), span) : span);
  });
  if (target) {
    const link = h(
      'a',
      {
        part: 'link',
        class: 'link',
        href: target,
        rel: 'noopener noreferrer',
        'data-link': s.url ? 'section' : 'register',
        'data-section': s.id,
        'aria-label': w.readNamed.replace('{title}', s.title),
      },
      `${w.read}\u00a0`,
      arrow(),
    );
    p.append(facts.length ? h('span', {class: 'then'}, dot(), link) : h('span', null, link));
  }
  return p;
}

function card(s, ctx) {
  const status = statusOf(s.status);
  const live = status?.live ? '' : undefined;
  // The widget's words are marked only where their language is not the feed's.
  const own = ctx.lang === ctx.language ? undefined : ctx.lang;
  const label = status ? (status.label[ctx.lang] ?? status.label.en) : s.status;
  return h(
    'li',
    null,
    h(
      'article',
      {part: 'card', class: 'card', 'data-status': s.status, 'data-live': live, lang: ctx.language},
      heading(ctx.level, 'card-title', s.title),
      h(
        'span',
        {
          part: 'badge',
          class: 'badge',
          'data-status': s.status,
          'data-dot': status?.dot ? '' : undefined,
          lang: own,
        },
        label,
      ),
      // A summary the section lacks is there, hidden, as the widget's card has it.
      s.summary
        ? h('p', {part: 'summary', class: 'summary', dir: 'auto'}, s.summary)
        : h('p', {part: 'summary', class: 'summary', dir: 'auto', hidden: ''}),
      footer(s, ctx, own),
    ),
  );
}

function figure(value, label, attrs = {}, lang) {
  return h(
    'li',
    {part: 'figure', class: 'figure', lang},
    h('span', {class: 'figure-value', ...attrs}, value),
    h('span', {class: 'figure-label', ...attrs}, label),
  );
}

function header(feed, ctx, shown) {
  const {lang, language} = ctx;
  const w = words[lang];
  const {title, tagline, description, access} = feed.index;
  const sections = feed.sections.length;
  const live = feed.sections.filter((s) => statusOf(s.status)?.live).length;
  // Beside the figures, a compact register link where the register block is cards away.
  const url = shown > 1 ? feed.register?.url : undefined;
  const label = feed.register?.label;
  let row = null;
  if (sections || url) {
    const other = lang === language ? undefined : lang;
    row = h(
      'div',
      {class: 'header-row'},
      sections
        ? h(
            'ul',
            {part: 'figures', class: 'figures', lang: other},
            figure(number(sections, lang), w.sections),
            figure(number(live, lang), w.live),
            access ? figure(access.label, access.detail, {dir: 'auto'}, other && language) : null,
          )
        : null,
      url
        ? h('a', {
            part: 'register-link',
            class: 'jump',
            href: url,
            rel: 'noopener noreferrer',
            'data-link': 'register',
            'data-placement': 'index',
            'data-text': label ?? w.register,
            'aria-label': label ?? w.register,
            lang: label ? language : lang,
          })
        : null,
    );
  }
  return h(
    'header',
    {part: 'header', class: 'header', lang: language},
    heading(ctx.level - 2, 'title', title),
    tagline ? h('p', {part: 'tagline', class: 'tagline', dir: 'auto'}, tagline) : null,
    description
      ? h('p', {part: 'description', class: 'description', dir: 'auto'}, description)
      : null,
    row,
  );
}

function register(r, ctx) {
  if (!r || (!r.eyebrow && !r.heading && !r.body && !r.url)) return null;
  const w = words[ctx.lang];
  return h(
    'section',
    {part: 'cta', class: 'cta', lang: ctx.language},
    h(
      'div',
      {class: 'cta-layout'},
      r.eyebrow ? h('p', {part: 'cta-eyebrow', class: 'eyebrow', dir: 'auto'}, r.eyebrow) : null,
      r.heading ? heading(ctx.level, 'cta-heading', r.heading) : null,
      r.body ? h('p', {part: 'cta-body', class: 'cta-body', dir: 'auto'}, r.body) : null,
      r.url
        ? h(
            'p',
            {class: 'cta-action'},
            h(
              'a',
              {
                part: 'button',
                class: 'button',
                href: r.url,
                rel: 'noopener noreferrer',
                'data-link': 'register',
                'data-placement': 'index',
                lang: r.label ? undefined : ctx.lang,
              },
              // The label isolated, so that the arrow stays at the link's end in the page's
              // direction.
              h('span', {dir: 'auto'}, r.label ?? w.register),
              '\u00a0',
              arrow(),
            ),
          )
        : null,
    ),
  );
}

class VanillaIndex extends HTMLElement {
  #feed;
  #parsed;
  #context;
  #more;
  #impression;
  #impressionTimer;
  #impressed = false;

  constructor() {
    super();
    this.attachShadow({mode: 'open'});
    this.addEventListener('click', (event) => {
      const link = event
        .composedPath()
        .find((node) => node instanceof HTMLAnchorElement && node.hasAttribute('data-link'));
      if (!link) return;
      const section = link.dataset.section;
      const announced =
        link.dataset.link === 'section' && section
          ? new CpiSectionClickEvent(section, link.href)
          : new CpiRegisterClickEvent(link.dataset.placement ?? 'index', link.href, section);
      if (!this.dispatchEvent(announced)) event.preventDefault();
    });
  }

  set feed(feed) {
    this.#feed = feed;
    this.#parsed = parseFeed(feed, {baseUrl: document.baseURI});
    if (this.isConnected) this.#render();
  }

  get feed() {
    return this.#feed;
  }

  connectedCallback() {
    elements.add(this);
    watchPage();
    if (this.#parsed) this.#render();
  }

  disconnectedCallback() {
    elements.delete(this);
    clearTimeout(this.#more);
    this.#stopImpression();
  }

  /** Reads the page again; renders again if the language or the colours have changed. */
  refresh() {
    const now = this.#context;
    if (now && (pageLang(this) !== now.lang || pageScheme(this) !== now.scheme)) this.#render();
  }

  get #level() {
    const level = Number(this.getAttribute('heading-level'));
    return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
  }

  #render() {
    const feed = this.#parsed;
    const lang = pageLang(this);
    const scheme = pageScheme(this);
    this.#context = {lang, scheme};
    const w = words[lang];
    const root = this.shadowRoot;
    root.adoptedStyleSheets = styleSheets();
    const level = this.#level;
    const ctx = {
      lang,
      language: feed.index.language ?? 'en',
      level: level + 2,
      register: feed.register,
    };
    const all = feed.sections;
    const grid = all.length
      ? h('ul', {
          part: 'grid',
          class: 'grid',
          role: 'list',
          'data-long': all.length > cardsPerFrame ? '' : undefined,
        })
      : h('p', {class: 'empty'}, w.empty);
    root.replaceChildren(
      h(
        'div',
        {
          part: 'base',
          class: 'base',
          'data-scheme': scheme,
          'data-lang': lang,
          'aria-busy': 'false',
        },
        // The live region for a failed refresh's note: there, empty, from the first render.
        h('div', {class: 'notice', role: 'status'}),
        header(feed, ctx, all.length),
        heading(level + 1, 'grid-heading', w.sections),
        grid,
        register(feed.register, {...ctx, level: level + 1}),
      ),
    );
    // The first frame gets 60 cards; the rest follow in tasks of 240, as in the widget.
    clearTimeout(this.#more);
    const add = (from, to) => {
      const cards = [];
      for (let i = from; i < to && i < all.length; i++) cards.push(card(all[i], ctx));
      grid.append(...cards);
      if (to < all.length) this.#more = setTimeout(() => add(to, to + cardsPerFrame * 4));
    };
    if (all.length) add(0, cardsPerFrame);
    this.dispatchEvent(new CpiFeedLoadEvent(undefined, all.length));
    this.#watchImpression();
  }

  #watchImpression() {
    if (this.#impressed || this.#impression) return;
    this.#impression = new IntersectionObserver(
      (entries) => {
        clearTimeout(this.#impressionTimer);
        if (entries[entries.length - 1].intersectionRatio < 0.5) return;
        this.#impressionTimer = setTimeout(() => {
          this.#impressed = true;
          this.#stopImpression();
          this.dispatchEvent(new CpiImpressionEvent('index'));
        }, 1000);
      },
      {threshold: [0, 0.5]},
    );
    this.#impression.observe(this);
  }

  #stopImpression() {
    clearTimeout(this.#impressionTimer);
    this.#impression?.disconnect();
    this.#impression = undefined;
  }
}
customElements.define('vanilla-index', VanillaIndex);
