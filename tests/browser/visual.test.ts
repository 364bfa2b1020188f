import {expect, fixture, html} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import '../../src/index.js';
import {officialFeed, resetFeeds, settled} from './helpers.js';
import {difference, screenshot} from './screenshots.js';

// Screenshots compared with the committed baselines in tests/screenshots/baseline/, which a person
// has looked at. After an intended change: UPDATE_SCREENSHOTS=1 npm run test:browser, look at
// every new image, and commit them.
const tolerance = 0.005;

before(() => {
  document.documentElement.style.fontFamily = "'DejaVu Sans', sans-serif";
  document.body.style.margin = '0';
});
beforeEach(resetFeeds);
after(() => setViewport({width: 800, height: 600}));

const elements = {
  index: (feed: unknown, theme: string) =>
    html`<cpi-index
      id="shot"
      theme=${theme}
      sections="foundation,attribution-and-measurement,creator-sourcing,brief-writing"
      .feed=${feed}
    ></cpi-index>`,
  card: (feed: unknown, theme: string) =>
    html`<cpi-section-card
      id="shot"
      theme=${theme}
      section="attribution-and-measurement"
      .feed=${feed}
    ></cpi-section-card>`,
  cta: (feed: unknown, theme: string) =>
    html`<cpi-register-cta id="shot" theme=${theme} .feed=${feed}></cpi-register-cta>`,
};

describe('visual regression', () => {
  for (const [name, template] of Object.entries(elements)) {
    for (const width of [375, 1280]) {
      for (const theme of ['light', 'dark']) {
        it(`${name} at ${width}px, ${theme}`, async () => {
          await setViewport({width, height: 900});
          const el = await fixture(template(await officialFeed(), theme));
          await settled(el);
          const shot = await screenshot('#shot', `${name}-${width}-${theme}`);
          expect(
            shot.missing,
            'a baseline exists (run with UPDATE_SCREENSHOTS=1 and review it)',
          ).to.not.equal(true);
          const diff = await difference(shot.actual, shot.baseline!);
          expect(diff.ratio, `share of pixels that differ (${diff.size})`).to.be.at.most(tolerance);
        });
      }
    }
  }
});
