// Defines the four elements. The index has no `src`: it shows the official feed from its
// published URL, as on any partner's site.
import 'creator-program-index';
