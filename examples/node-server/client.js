// The page's one module script: it defines the elements, which take over the server-rendered
// index without a visible change and refresh its feed from /feed.json.
import 'creator-program-index';
