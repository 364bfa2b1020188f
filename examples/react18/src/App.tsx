// React 18 sets every prop of a custom element as an attribute and cannot listen to its events:
// creator-program-index/react wraps each element (with @lit/react) so that props are set as
// properties and `onRegisterClick` and the other `on…` props receive the typed events.
import type {CpiRegisterClickEvent} from 'creator-program-index';
import {CpiIndex, CpiSectionCard} from 'creator-program-index/react';
import {useState, version} from 'react';

export function App() {
  const [click, setClick] = useState<CpiRegisterClickEvent>();
  const [sections, setSections] = useState<number>();

  // The page opens its own sign-up instead of following the link.
  const showSignUp = (event: CpiRegisterClickEvent) => {
    event.preventDefault();
    setClick(event);
  };

  return (
    <main>
      <h1>Partner site (React {version})</h1>
      <p role="status">
        {click
          ? `Sign up (from the ${click.placement}${click.sectionId ? `, ${click.sectionId}` : ''}): ${click.href}`
          : 'Nobody has clicked Register yet.'}
      </p>
      <h2>Featured</h2>
      <CpiSectionCard
        src="feed.json"
        section="attribution-and-measurement"
        partner="acme-example"
        headingLevel={3}
        onRegisterClick={showSignUp}
      />
      <h2>All {sections ?? ''} sections</h2>
      <CpiIndex
        src="feed.json"
        partner="acme-example"
        headingLevel={3}
        onFeedLoad={(event) => setSections(event.sectionCount)}
        onRegisterClick={showSignUp}
      />
    </main>
  );
}
