import {describe, expect, it} from 'vitest';
import {minifyCss} from '../../scripts/minify-css-literals.js';

describe('minifyCss (the CDN build minifies the CSS in css`` templates)', () => {
  it('drops comments and the whitespace CSS does not need', () => {
    const css = `
      /* the card */
      .card {
        color: var(--x, red);
        margin: 0 auto;
      }
      .a, .b > .c { display: none; }
    `;
    expect(minifyCss(css)).toBe('.card{color:var(--x,red);margin:0 auto}.a,.b > .c{display:none}');
  });

  it('keeps the whitespace that changes meaning', () => {
    // A descendant :hover is not the element's own :hover; calc() needs spaces around + and -.
    expect(minifyCss('.a :hover { width: calc(100% - 2px + 1em) }')).toBe(
      '.a :hover{width:calc(100% - 2px + 1em)}',
    );
    expect(minifyCss(':host(:dir(rtl)) .arrow { transform: scaleX(-1) }')).toBe(
      ':host(:dir(rtl)) .arrow{transform:scaleX(-1)}',
    );
  });
});
