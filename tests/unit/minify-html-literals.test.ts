import {describe, expect, it} from 'vitest';
import {minifyHtmlLiterals} from '../../scripts/minify-html-literals.js';

describe('minifyHtmlLiterals (CDN build)', () => {
  it('turns the indentation of html templates into single spaces, and nothing else', () => {
    const code = [
      'const a = html`<ul',
      '    part="grid"',
      '  >',
      '    ${items.map((item) => html`<li',
      '      >${item}</li',
      '    >`)}',
      '  </ul>`;',
      'const kept = `not html',
      '  stays`;',
      'const css2 = css`a {',
      '  color: red;',
      '}`;',
      'const b = html`<p>${x ?',
      '  y : z}</p>`;',
    ].join('\n');
    expect(minifyHtmlLiterals(code)).toBe(
      [
        'const a = html`<ul part="grid" > ${items.map((item) => html`<li >${item}</li >`)} </ul>`;',
        'const kept = `not html',
        '  stays`;',
        'const css2 = css`a {',
        '  color: red;',
        '}`;',
        'const b = html`<p>${x ?',
        '  y : z}</p>`;',
      ].join('\n'),
    );
  });

  it('leaves whitespace without a line break alone', () => {
    const code = 'html`<a>Register to read&nbsp;<span>→</span>  </a>`';
    expect(minifyHtmlLiterals(code)).toBe(code);
  });
});
