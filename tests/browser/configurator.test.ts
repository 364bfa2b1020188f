// The configurator: every choice changes the preview and the code; the code is what
// `cpi-feed snippet` prints for the same choices; the copied code, pasted into a fresh page,
// renders what the preview shows; usable at 375 px and by keyboard; axe-clean.
import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';

async function openConfigurator(width: number) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `display:block;width:${width}px;height:900px;border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = '/__configure/';
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const code = doc.querySelector<HTMLElement>('#code')!;
  await waitUntil(() => code.dataset.ready, 'the first code', {timeout: 15000});
  return {frame, doc, code};
}

/** Waits until the code shown answers the latest choice. */
async function codeAfter(doc: Document, change: () => void): Promise<string> {
  const code = doc.querySelector<HTMLElement>('#code')!;
  const before = code.dataset.ready;
  change();
  await waitUntil(() => code.dataset.ready !== before, 'the code to follow the choice', {
    timeout: 10000,
  });
  return code.textContent!;
}

function choose(doc: Document, name: string, value: string) {
  const field = doc.querySelector<HTMLInputElement | HTMLSelectElement>(
    `[name="${name}"]${name === 'element' || name === 'form' ? `[value="${value}"]` : ''}`,
  )!;
  // (The field is of the frame's realm: `instanceof HTMLInputElement` would be false here.)
  if (field.type === 'radio') (field as HTMLInputElement).checked = true;
  else field.value = value;
  field.dispatchEvent(new Event('change', {bubbles: true}));
}

/** What `cpi-feed snippet …args` prints. */
async function printed(args: string[]): Promise<string> {
  const response = await fetch(`/__snippet-text?args=${encodeURIComponent(JSON.stringify(args))}`);
  return response.text();
}

// The static form records when it was made; two makings differ in that number only.
const undated = (text: string) => text.replace(/"fetchedAt":\d+/g, '"fetchedAt":0');

/** The text a reader sees in an element's shadow root, line by line. */
function lines(el: Element): string[] {
  const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
  return base.innerText
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

describe('the configurator', function () {
  this.timeout(40000);

  it('shows exactly what cpi-feed snippet prints, and each choice changes preview and code', async () => {
    const {frame, doc, code} = await openConfigurator(1280);
    const preview = doc.querySelector('#preview')!;
    const section = doc.querySelector<HTMLSelectElement>('#section')!.value;
    expect(section).to.equal('attribution-and-measurement');
    const cli = ['--cdn', '/cdn/', '--site', '/site/'];
    expect(undated(code.textContent!)).to.equal(
      undated(await printed(['snippet', 'card', '--section', section, ...cli])),
    );
    expect(preview.firstElementChild!.localName).to.equal('cpi-section-card');

    const steps: [string, string, string[]][] = [
      ['section', 'scaling', ['snippet', 'card', '--section', 'scaling']],
      ['theme', 'dark', ['snippet', 'card', '--section', 'scaling', '--theme', 'dark']],
      [
        'lang',
        'de',
        ['snippet', 'card', '--section', 'scaling', '--theme', 'dark', '--lang', 'de'],
      ],
      [
        'partner',
        'acme',
        [
          'snippet',
          'card',
          '--section',
          'scaling',
          '--theme',
          'dark',
          '--lang',
          'de',
          '--partner',
          'acme',
        ],
      ],
      [
        'heading-level',
        '4',
        [
          'snippet',
          'card',
          '--section',
          'scaling',
          '--theme',
          'dark',
          '--lang',
          'de',
          '--partner',
          'acme',
          '--heading-level',
          '4',
        ],
      ],
    ];
    let last = code.textContent!;
    for (const [name, value, args] of steps) {
      const shown = await codeAfter(doc, () => choose(doc, name, value));
      expect(shown, name).not.to.equal(last);
      expect(undated(shown), name).to.equal(undated(await printed([...args, ...cli])));
      const attribute = name === 'section' ? 'section' : name;
      expect(preview.firstElementChild!.getAttribute(attribute), name).to.equal(value);
      last = shown;
    }
    const all = ['--theme', 'dark', '--lang', 'de', '--partner', 'acme', '--heading-level', '4'];
    for (const form of ['script', 'iframe', 'link', 'react', 'vue']) {
      const shown = await codeAfter(doc, () => choose(doc, 'form', form));
      const args = ['snippet', 'card', '--section', 'scaling', ...all, '--form', form, ...cli];
      expect(shown, form).to.equal(await printed(args));
    }
    const index = await codeAfter(doc, () => choose(doc, 'element', 'index'));
    expect(index).to.contain('<cpi-index');
    expect(preview.firstElementChild!.localName).to.equal('cpi-index');
    expect(doc.querySelector<HTMLSelectElement>('#section')!.disabled).to.equal(true);
    frame.remove();
  });

  it('copies code that, pasted into a fresh page, shows what the preview shows', async () => {
    const {frame, doc, code} = await openConfigurator(1280);
    await codeAfter(doc, () => choose(doc, 'partner', 'acme'));
    doc.querySelector<HTMLButtonElement>('#copy')!.click();
    const status = doc.querySelector('#copied')!;
    await waitUntil(() => status.textContent, 'the copy to be confirmed');
    const previewed = doc.querySelector('#preview cpi-section-card')!;
    await waitUntil(() => previewed.shadowRoot?.querySelector('[part="card"]'), 'the preview');
    const pasted = document.createElement('iframe');
    pasted.style.cssText = 'display:block;width:1280px;height:600px;border:0';
    pasted.srcdoc = `<!doctype html><html lang="en"><body>${code.textContent}</body></html>`;
    const loaded = new Promise((resolve) => pasted.addEventListener('load', resolve, {once: true}));
    document.body.append(pasted);
    await loaded;
    const card = pasted.contentDocument!.querySelector('cpi-section-card')!;
    expect(lines(card)).to.deep.equal(lines(previewed));
    const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('a[href]')!;
    expect(link.href).to.contain('utm_source=acme');
    pasted.remove();
    frame.remove();
  });

  it('works at 375 px and by keyboard, and passes axe', async () => {
    const {frame, doc} = await openConfigurator(375);
    expect(doc.documentElement.scrollWidth).to.be.at.most(375);
    const controls = [...doc.querySelectorAll<HTMLElement>('select, input, button')];
    for (const control of controls) {
      expect(control.getBoundingClientRect().width, control.id || control.getAttribute('name')!)
        .to.be.greaterThan(0)
        .and.at.most(375);
    }
    // Tab from the first choice reaches every kind of control, the Copy button last.
    doc.querySelector<HTMLInputElement>('[name="element"]:checked')!.focus();
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      await sendKeys({press: 'Tab'});
      const active = doc.activeElement as HTMLElement;
      reached.push(active.id || active.getAttribute('name') || active.localName);
    }
    for (const id of ['section', 'theme', 'lang', 'partner', 'heading-level', 'form', 'copy']) {
      expect(reached, id).to.include(id);
    }
    await new Promise<void>((resolve, reject) => {
      const script = doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = () => resolve();
      script.onerror = reject;
      doc.head.append(script);
    });
    const axe = (frame.contentWindow as unknown as {axe: {run(): Promise<{violations: unknown[]}>}})
      .axe;
    const {violations} = await axe.run();
    expect(violations).to.deep.equal([]);
    frame.remove();
  });
});
