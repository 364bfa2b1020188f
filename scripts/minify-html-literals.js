// A Vite plugin for the CDN build: shortens the HTML inside our html`` templates, which the
// JavaScript minifier leaves alone because to it they are strings. Only the indentation of the
// source goes: a run of whitespace that holds a line break becomes one space. Whitespace never
// disappears, so a template makes the same elements and text nodes (see weight.test.ts) and
// renders the same, the widgets having no preformatted text. The templates are found with
// TypeScript's parser, so `${}` expressions and nested templates are left as they are.
import ts from 'typescript';

/** The source with the static parts of its html`` templates collapsed. */
export function minifyHtmlLiterals(code, fileName = 'file.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false);
  const edits = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      node.tag.text === 'html'
    ) {
      const {template} = node;
      const literals = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const literal of literals) edits.push([literal.getStart(source), literal.end]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  // From the end, so that earlier positions stay right.
  for (const [start, end] of edits.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + out.slice(start, end).replace(/\s*\n\s*/g, ' ') + out.slice(end);
  }
  return out;
}

export function minifyHtmlLiteralsPlugin() {
  return {
    name: 'cpi-minify-html-literals',
    enforce: 'pre',
    // The CDN files only: tests and the server render run the source as written.
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('html`')) return null;
      return {code: minifyHtmlLiterals(code, id), map: null};
    },
  };
}
