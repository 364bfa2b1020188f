// A Vite plugin for the CDN build: minifies the CSS inside our css`` templates (comments and
// whitespace), which the JavaScript minifier leaves alone because to it they are strings.
// Only templates without `${}` are touched, and only whitespace that CSS never needs is removed:
// around { } ; and after , and : (a space before : is kept, since `.a :hover` differs from `.a:hover`).

import {minifyCss} from '../src/styles/minify-css.ts';

export {minifyCss};

export function minifyCssLiterals() {
  return {
    name: 'cpi-minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return {
        code: code.replace(/\bcss`([^`$]*)`/g, (_whole, text) => `css\`${minifyCss(text)}\``),
        map: null,
      };
    },
  };
}
