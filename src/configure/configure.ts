/**
 * The configurator: pick the element, section, theme, language, partner, heading level and the
 * form; see the element as readers will, and copy the code. The code comes from the worker, which
 * runs the same function as `cpi-feed snippet` (src/cli/snippet.ts).
 *
 * The page gives its settings as data attributes on <html>: `data-cdn` (where cpi.js and
 * feed.json are published), `data-site` (the static site), `data-feed` (the feed to list
 * sections from and to pre-render), `data-worker` (the worker's URL).
 */
import type {SnippetOptions} from '../cli/snippet.js';

const settings = document.documentElement.dataset;
const form = document.querySelector<HTMLFormElement>('#choices')!;
const code = document.querySelector<HTMLElement>('#code')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const copy = document.querySelector<HTMLButtonElement>('#copy')!;
const copied = document.querySelector<HTMLElement>('#copied')!;
const sectionField = document.querySelector<HTMLSelectElement>('#section')!;

const worker = new Worker(settings.worker!, {type: 'module'});
const feed: unknown = await (await fetch(settings.feed!)).json();
let asked = 0;

const tags = {index: 'cpi-index', card: 'cpi-section-card', cta: 'cpi-register-cta'} as const;

/** The choices on the form, as the snippet function takes them. */
function choices(): SnippetOptions {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim() || undefined;
  const element = text('element') as SnippetOptions['element'];
  const level = text('heading-level');
  return {
    element,
    section: element === 'card' ? text('section') : undefined,
    feed,
    cdn: settings.cdn!,
    site: settings.site,
    lang: text('lang'),
    theme: text('theme') as SnippetOptions['theme'],
    partner: text('partner'),
    headingLevel: level ? Number(level) : undefined,
    form: (text('form') ?? 'static') as SnippetOptions['form'],
  };
}

/** Shows the element with the chosen attributes, as the pasted code will. */
function showPreview(options: SnippetOptions): void {
  const element = document.createElement(tags[options.element]);
  const attributes: Record<string, string | number | undefined> = {
    section: options.section,
    lang: options.lang,
    theme: options.theme,
    partner: options.partner,
    'heading-level': options.headingLevel,
  };
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, String(value));
  }
  preview.replaceChildren(element);
}

function update(): void {
  const options = choices();
  sectionField.disabled = options.element !== 'card';
  showPreview(options);
  copied.textContent = '';
  worker.postMessage({...options, id: ++asked});
}

worker.addEventListener(
  'message',
  (event: MessageEvent<{id: number; snippet?: string; error?: string}>) => {
    if (event.data.id !== asked) return;
    code.textContent = event.data.snippet ?? `Could not make the code: ${event.data.error}`;
    code.dataset.ready = String(asked);
  },
);

worker.addEventListener('error', (event) => {
  code.textContent = `The code cannot be made in this browser (${event.message || 'the worker failed'}).`;
});

copy.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    copied.textContent = 'Copied to the clipboard.';
  } catch {
    // No clipboard here (an insecure page, a refusal): select the code for the reader to copy.
    getSelection()?.selectAllChildren(code);
    copied.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
});

form.addEventListener('input', update);
form.addEventListener('change', update);

const sections = (feed as {sections: {id: string; title: string}[]}).sections;
sectionField.replaceChildren(...sections.map((section) => new Option(section.title, section.id)));
const live = sections.findIndex((s) => (s as {status?: string}).status === 'live');
sectionField.selectedIndex = Math.max(0, live);
update();
