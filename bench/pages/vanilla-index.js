// The benchmark's baseline, kept only as a fixture: a hand-written custom element that builds the
// same DOM as <cpi-index> (same shadow tree, same style sheets, same text) with plain DOM calls.
function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props ?? {})) el.setAttribute(k, v);
  for (const c of children) if (c !== undefined && c !== null) el.append(c);
  return el;
}

function card(s, register, level) {
  const footer = h('p', {part: 'footer', class: 'footer'});
  if (s.status === 'coming-soon') footer.append('Intelligence being compiled');
  else {
    const facts = [];
    if (s.conversations !== undefined) facts.push(`${s.conversations} conversations`);
    if (s.updated)
      facts.push(
        new Intl.DateTimeFormat('en', {month: 'long', year: 'numeric', timeZone: 'UTC'}).format(
          Date.UTC(+s.updated.slice(0, 4), +s.updated.slice(5, 7) - 1),
        ),
      );
    const link = h(
      'a',
      {
        part: 'link',
        class: 'link',
        href: s.url ?? register,
        rel: 'noopener noreferrer',
        'aria-label': `Register to read: ${s.title}`,
      },
      'Register to read\u00a0',
      h('span', {class: 'arrow', 'aria-hidden': 'true'}, '→'),
    );
    [...facts, link].forEach((part, i) => {
      if (i) footer.append(h('span', {class: 'dot', 'aria-hidden': 'true'}, '·'));
      footer.append(h('span', {class: 'fact'}, part));
    });
  }
  return h(
    'li',
    null,
    h(
      'article',
      {part: 'card', class: 'card', 'data-status': s.status},
      h(
        'div',
        {class: 'card-head'},
        h(`h${level}`, {part: 'card-title', class: 'card-title'}, s.title),
        h(
          'span',
          {part: 'badge', class: 'badge', 'data-status': s.status},
          s.status === 'live' ? 'Live' : 'Coming soon',
        ),
      ),
      s.summary ? h('p', {part: 'summary', class: 'summary'}, s.summary) : null,
      footer,
    ),
  );
}

class VanillaIndex extends HTMLElement {
  set feed(feed) {
    const root = this.shadowRoot ?? this.attachShadow({mode: 'open'});
    root.adoptedStyleSheets = customElements
      .get('cpi-index')
      .elementStyles.map((s) => s.styleSheet);
    const live = feed.sections.filter((s) => s.status === 'live').length;
    const register = new URL(feed.register.url, location.href).href;
    const figure = (v, l) =>
      h(
        'li',
        {part: 'figure', class: 'figure'},
        h('span', {class: 'figure-value'}, String(v)),
        h('span', {class: 'figure-label'}, l),
      );
    root.replaceChildren(
      h(
        'div',
        {part: 'base', class: 'base', 'data-scheme': 'light', 'aria-busy': 'false'},
        h(
          'header',
          {part: 'header', class: 'header'},
          h('h2', {part: 'title', class: 'title'}, feed.index.title),
          h('p', {part: 'tagline', class: 'tagline'}, feed.index.tagline),
          h('p', {part: 'description', class: 'description'}, feed.index.description),
          h(
            'ul',
            {part: 'figures', class: 'figures'},
            figure(feed.sections.length, 'Intelligence sections'),
            figure(live, 'Live now'),
            figure(feed.index.access.label, feed.index.access.detail),
          ),
        ),
        h('h3', {part: 'grid-heading', class: 'grid-heading'}, 'Intelligence sections'),
        h(
          'ul',
          {part: 'grid', class: 'grid', role: 'list'},
          ...feed.sections.map((s) => card(s, register, 4)),
        ),
        h(
          'section',
          {part: 'cta', class: 'cta'},
          h('p', {part: 'cta-eyebrow', class: 'eyebrow'}, feed.register.eyebrow),
          h('h3', {part: 'cta-heading', class: 'cta-heading'}, feed.register.heading),
          h('p', {part: 'cta-body', class: 'cta-body'}, feed.register.body),
          h(
            'p',
            {class: 'cta-action'},
            h(
              'a',
              {part: 'button', class: 'button', href: register, rel: 'noopener noreferrer'},
              `${feed.register.label}\u00a0`,
              h('span', {class: 'arrow', 'aria-hidden': 'true'}, '→'),
            ),
          ),
        ),
      ),
    );
  }
}
customElements.define('vanilla-index', VanillaIndex);
