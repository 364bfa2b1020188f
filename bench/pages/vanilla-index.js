// The benchmark's baseline: a hand-written custom element, no framework, that does the same work
// as <cpi-index> shown from a `feed` property, so that the bench measures what Lit, @lit/task and
// the controllers cost and nothing else. Per element, like the widget, it:
// - validates and normalizes the feed with the project's own parseFeed (the very function the
//   widget runs, exported by cpi.js: the same checks at the same cost, rather than a re-implementation
//   that might check less);
// - resolves the language (the nearest `lang`, crossing shadow roots) and the colours (`theme`, then
//   an ancestor's `data-theme`, then the page's computed `color-scheme`) into data-lang/data-scheme;
// - writes the month from a table of month names and the plural through one Intl.PluralRules per
//   language for the page (formatters are per page, never per card); no Intl.DateTimeFormat;
// - builds the same shadow tree (same elements, attributes, parts and texts; whitespace-only text
//   nodes aside) with the same constructable style sheets (the widget's CSS text, made into sheets
//   once per page, on first use, as Lit does);
// - renders the first 60 cards at once and the rest in later tasks of 240 cards, as the widget does;
// - dispatches cpi-feed-load, turns link clicks into cpi-register-click / cpi-section-click with one
//   listener per element, and fires cpi-impression (half visible for a second, IntersectionObserver);
// - re-reads the page when an ancestor's `lang` or `data-theme` changes (one observer per page).
// It does not fetch or cache feeds: the bench gives every element its feed as a property.
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
    badges: {live: 'Live', 'coming-soon': 'Coming soon'},
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
    badges: {live: 'Verfügbar', 'coming-soon': 'Demnächst'},
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
    badges: {live: 'Disponible', 'coming-soon': 'Bientôt'},
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
    badges: {live: 'Disponible', 'coming-soon': 'Próximamente'},
  },
};
for (const w of Object.values(words)) w.months = w.months.split(' ');

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

// One page observer for every element: a change of an ancestor's lang or data-theme re-renders.
const elements = new Set();
let observer;

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) for (const k in attrs) if (attrs[k] !== undefined) el.setAttribute(k, attrs[k]);
  for (const c of children) if (c !== undefined && c !== null) el.append(c);
  return el;
}

const dot = () => h('span', {class: 'dot', 'aria-hidden': 'true'}, '·');

function card(s, {register, lang, language, level}) {
  const w = words[lang];
  // The widget's own words are marked only where their language is not the feed's.
  const own = lang === language ? undefined : lang;
  const live = s.status === 'live';
  const known = live || s.status === 'coming-soon';
  let footer;
  if (s.status === 'coming-soon') {
    footer = h('p', {part: 'footer', class: 'footer compiling', lang: own}, w.compiling);
  } else {
    const facts = [];
    if (s.conversations !== undefined) facts.push(conversations(s.conversations, lang));
    const m = s.updated === undefined ? undefined : month(s.updated, lang);
    if (m) facts.push(m);
    const target = s.url ?? (live ? register : undefined);
    if (facts.length || target) {
      footer = h('p', {part: 'footer', class: 'footer', lang: own});
      facts.forEach((fact, i) => {
        const span = h('span', {class: 'fact'}, fact);
        footer.append(i ? h('span', {class: 'then'}, dot(), span) : span);
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
          h('span', {class: 'arrow', 'aria-hidden': 'true'}, '→'),
        );
        footer.append(
          facts.length ? h('span', {class: 'then'}, dot(), link) : h('span', null, link),
        );
      }
    }
  }
  return h(
    'li',
    {'data-live': live ? '' : undefined},
    h(
      'article',
      {
        part: 'card',
        class: 'card',
        'data-status': s.status,
        'data-live': live ? '' : undefined,
        lang: language,
      },
      h(`h${level}`, {part: 'card-title', class: 'card-title'}, s.title),
      h(
        'span',
        {
          part: 'badge',
          class: 'badge',
          'data-status': s.status,
          'data-dot': live ? '' : undefined,
          lang: own,
        },
        known ? (w.badges[s.status] ?? words.en.badges[s.status]) : s.status,
      ),
      s.summary ? h('p', {part: 'summary', class: 'summary', dir: 'auto'}, s.summary) : null,
      footer,
    ),
  );
}

function figure(value, label, attrs) {
  return h(
    'li',
    {part: 'figure', class: 'figure', ...attrs},
    h('span', {class: 'figure-value', dir: attrs && 'auto'}, value),
    h('span', {class: 'figure-label', dir: attrs && 'auto'}, label),
  );
}

class VanillaIndex extends HTMLElement {
  #feed;
  #parsed;
  #context;
  #more;
  #impression;

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
    if (!observer) {
      observer = new MutationObserver(() => {
        for (const el of elements) {
          const next = {lang: pageLang(el), scheme: pageScheme(el)};
          const now = el.#context;
          if (now && (next.lang !== now.lang || next.scheme !== now.scheme)) el.#render();
        }
      });
      observer.observe(document.documentElement, {
        subtree: true,
        attributes: true,
        attributeFilter: ['lang', 'data-theme'],
      });
    }
    if (this.#parsed) this.#render();
  }

  disconnectedCallback() {
    elements.delete(this);
    clearTimeout(this.#more);
    this.#impression?.disconnect();
  }

  #render() {
    const feed = this.#parsed;
    const lang = pageLang(this);
    const scheme = pageScheme(this);
    this.#context = {lang, scheme};
    const w = words[lang];
    const root = this.shadowRoot;
    root.adoptedStyleSheets = styleSheets();
    const {title, tagline, description, access, language = 'en'} = feed.index;
    const register = feed.register;
    const live = feed.sections.filter((s) => s.status === 'live').length;
    const grid = h('ul', {
      part: 'grid',
      class: 'grid',
      role: 'list',
      'data-long': feed.sections.length > cardsPerFrame ? '' : undefined,
    });
    // Beside the figures, a compact register link when the register block is cards away.
    const label = register?.label;
    const jump =
      feed.sections.length > 1 && register?.url
        ? h('a', {
            part: 'register-link',
            class: 'jump',
            href: register.url,
            rel: 'noopener noreferrer',
            'data-link': 'register',
            'data-placement': 'index',
            'data-text': label ?? w.register,
            'aria-label': label ?? w.register,
            lang: label ? language : lang,
            dir: label ? 'auto' : undefined,
          })
        : null;
    const figures = feed.sections.length
      ? h(
          'ul',
          {part: 'figures', class: 'figures', lang: lang === language ? undefined : lang},
          figure(number(feed.sections.length, lang), w.sections),
          figure(number(live, lang), w.live),
          access
            ? figure(access.label, access.detail, {lang: lang === language ? undefined : language})
            : null,
        )
      : null;
    const cta =
      register &&
      h(
        'section',
        {part: 'cta', class: 'cta', lang: language},
        h(
          'div',
          {class: 'cta-layout'},
          register.eyebrow
            ? h('p', {part: 'cta-eyebrow', class: 'eyebrow', dir: 'auto'}, register.eyebrow)
            : null,
          register.heading
            ? h('h3', {part: 'cta-heading', class: 'cta-heading'}, register.heading)
            : null,
          register.body
            ? h('p', {part: 'cta-body', class: 'cta-body', dir: 'auto'}, register.body)
            : null,
          register.url
            ? h(
                'p',
                {class: 'cta-action'},
                h(
                  'a',
                  {
                    part: 'button',
                    class: 'button',
                    href: register.url,
                    rel: 'noopener noreferrer',
                    'data-link': 'register',
                    'data-placement': 'index',
                    lang: label ? undefined : lang,
                    dir: 'auto',
                  },
                  `${label ?? w.register}\u00a0`,
                  h('span', {class: 'arrow', 'aria-hidden': 'true'}, '→'),
                ),
              )
            : null,
        ),
      );
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
        // The live region for a failed refresh's note: always there, empty until then.
        h('div', {class: 'notice', role: 'status'}),
        h(
          'header',
          {part: 'header', class: 'header', lang: language},
          h('h2', {part: 'title', class: 'title'}, title),
          tagline ? h('p', {part: 'tagline', class: 'tagline', dir: 'auto'}, tagline) : null,
          description
            ? h('p', {part: 'description', class: 'description', dir: 'auto'}, description)
            : null,
          figures || jump ? h('div', {class: 'header-row'}, figures, jump) : null,
        ),
        h('h3', {part: 'grid-heading', class: 'grid-heading'}, w.sections),
        grid,
        cta,
      ),
    );
    // The first frame gets 60 cards; the rest follow in tasks of 240, as in the widget.
    clearTimeout(this.#more);
    const ctx = {register: register?.url, lang, language, level: 4};
    const add = (from, to) => {
      const cards = [];
      for (let i = from; i < to && i < feed.sections.length; i++)
        cards.push(card(feed.sections[i], ctx));
      grid.append(...cards);
      if (to < feed.sections.length) this.#more = setTimeout(() => add(to, to + cardsPerFrame * 4));
    };
    add(0, cardsPerFrame);
    this.dispatchEvent(new CpiFeedLoadEvent(undefined, feed.sections.length));
    this.#watchImpression();
  }

  #watchImpression() {
    if (this.#impression || this.#impression === null) return;
    let timer;
    this.#impression = new IntersectionObserver(
      ([entry]) => {
        clearTimeout(timer);
        if (entry.intersectionRatio < 0.5) return;
        timer = setTimeout(() => {
          this.#impression.disconnect();
          this.#impression = null;
          this.dispatchEvent(new CpiImpressionEvent('index'));
        }, 1000);
      },
      {threshold: [0, 0.5]},
    );
    this.#impression.observe(this);
  }
}
customElements.define('vanilla-index', VanillaIndex);
