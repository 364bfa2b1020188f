// A blogger's post, the parent page of the embeds. `insertEmbed(id, {query, hash})` inserts an
// embed exactly as an oEmbed consumer does: the `html` of the site's oEmbed response for `id`,
// its script included (a contextual fragment runs it), the iframe's URL given the query (e.g.
// `?lang=de`) and hash (WordPress adds `#?secret=…`). Every message the page receives is kept
// in `received`, from the start.
window.received = [];
window.addEventListener('message', (event) => {
  window.received.push({data: event.data, origin: event.origin, source: event.source});
});

window.insertEmbed = async (id, {query = '', hash = ''} = {}) => {
  const response = await fetch(`/__site/oembed/${id}.json`);
  const oembed = await response.json();
  const fragment = document.createRange().createContextualFragment(oembed.html);
  const frame = fragment.querySelector('iframe');
  frame.src = `${frame.src}${query}${hash}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.getElementById('post').append(fragment);
  await loaded;
  return {frame, oembed};
};
