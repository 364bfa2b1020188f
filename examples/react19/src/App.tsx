// React 19 renders custom elements itself: a prop the element has (`partner`, `status`, `feed`) is
// set as a property, any other (`heading-level`) as an attribute, and `on` + an event's exact name
// (`oncpi-register-click`) adds a listener. The tags, their props and the events' types come from
// the package's types/jsx.d.ts (see ../tsconfig.json).
import 'creator-program-index';
import type {CpiRegisterClickEvent} from 'creator-program-index';
import {useState, version} from 'react';

export function App() {
  const [liveOnly, setLiveOnly] = useState(false);
  const [click, setClick] = useState<CpiRegisterClickEvent>();

  // The page opens its own sign-up instead of following the link.
  const showSignUp = (event: CpiRegisterClickEvent) => {
    event.preventDefault();
    setClick(event);
  };

  return (
    <main>
      <h1>Partner site (React {version})</h1>
      <label>
        <input type="checkbox" checked={liveOnly} onChange={(e) => setLiveOnly(e.target.checked)} />{' '}
        Live sections only
      </label>
      <p role="status">
        {click
          ? `Sign up (from the ${click.placement}): ${click.href}`
          : 'Nobody has clicked Register yet.'}
      </p>
      <cpi-index
        src="feed.json"
        partner="acme-example"
        heading-level={2}
        status={liveOnly ? 'live' : undefined}
        oncpi-register-click={showSignUp}
      ></cpi-index>
    </main>
  );
}
