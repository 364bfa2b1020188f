// Another origin's page in the same post: posts forged height messages for the embed `?id=` in
// both protocols (ours, and WordPress's with the secret `?secret=`), then `test-forger-done`.
// Messages from one window arrive in order: once the parent sees the last, it has handled the rest.
const params = new URLSearchParams(location.search);
const id = params.get('id') ?? 'attribution-and-measurement';
window.parent.postMessage({type: 'cpi-embed-height', height: 4321, id}, '*');
window.parent.postMessage(
  {message: 'height', value: 4321, secret: params.get('secret') ?? 'abc'},
  '*',
);
window.parent.postMessage({type: 'test-forger-done'}, '*');
