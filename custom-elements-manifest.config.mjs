// Settings for `npm run analyze`, which writes custom-elements.json from the JSDoc in src/.
export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.styles.ts',
    'src/styles/**',
    'src/cli/**',
    'src/publish/**',
    'src/configure/**',
    'src/embed/**',
  ],
  litelement: true,
  plugins: [
    {
      // The analyzer lists modules in the order the file system returns them, which differs between
      // machines; CI compares the committed file with a fresh one, so the order must not depend on it.
      name: 'cpi-sort-modules',
      packageLinkPhase({customElementsManifest}) {
        customElementsManifest.modules.sort((a, b) =>
          a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
        );
      },
    },
  ],
};
