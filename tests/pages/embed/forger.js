// Posts a forged height message to its parent, then `test-forger-done` (messages from one window
// arrive in order, so once the parent sees the second, it has handled the first).
const id = new URLSearchParams(location.search).get('id') ?? 'child';
window.parent.postMessage({type: 'cpi-embed-height', height: 9999, id}, '*');
window.parent.postMessage({type: 'test-forger-done'}, '*');
