// The single-file bundle for <script type="module" src=".../cpi.js">: defines all four elements.
export * from '../index.js';
