import js from '@eslint/js';
import {defineConfig} from 'eslint/config';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default defineConfig(
  {ignores: ['**/dist/', '**/node_modules/', 'coverage/', 'bench/results/']},
  js.configs.recommended,
  tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    plugins: {'lit-a11y': litA11y},
    rules: litA11y.configs.recommended.rules,
    settings: {wc: {elementBaseClasses: ['LitElement']}},
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
      '@typescript-eslint/consistent-type-imports': ['error', {fixStyle: 'inline-type-imports'}],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: {globals: {...globals.node}},
  },
  {
    files: ['tests/pages/**/*.js', 'demo/**/*.js', 'bench/**/*.js'],
    languageOptions: {globals: {...globals.browser}},
  },
);
