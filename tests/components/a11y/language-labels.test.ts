/// <reference types="mocha" />
/**
 * Language codes are never shown as labels: every spoken language gets a name
 * in every UI locale, the taxonomy's label first, else `Intl.DisplayNames`,
 * else the language's own name marked with its `lang` (Chromium knows no name
 * for `ff` in any locale). Checked for every ISO 639-1 code and the codes of
 * the demo data, and in the directory's language filter in Arabic.
 */
import { expect } from '@open-wc/testing';
import { organizationFixtures, organizationHandlers, taxonomyHandlers } from '@teilhabe/mocks';
import '../../../packages/components/src/mo-directory/define.js';
import { TaxonomyLabels } from '../../../packages/components/src/shared/taxonomy-labels.js';
import { directionOf } from '../../../packages/components/src/localization/direction.js';
import { mockHandlers, renderWidget, shadow, waitFor } from '../widget-harness.js';

const ISO_639_1 = (
  'aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ' +
  'ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa ' +
  'pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'
).split(' ');
/** Languages of migrant communities that ISO 639-1 has no code for. */
const MORE = ['ckb', 'kmr', 'sdh', 'prs', 'rom', 'rmn', 'lad', 'zza', 'kab', 'ber', 'tzm', 'zgh', 'tig', 'byn', 'syc', 'aii', 'mnk', 'dyu', 'snk', 'sus', 'fuc', 'fuv'];
const UI_LOCALES = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'fa'];

describe('language codes get a label in every UI locale', function () {
  this.timeout(30_000);

  for (const locale of UI_LOCALES) {
    it(`every code has a name in ${locale}`, () => {
      const labels = new TaxonomyLabels(locale);
      const raw = [...ISO_639_1, ...MORE].filter((code) => labels.label('languages', code).label.toLowerCase() === code);
      expect(raw, 'codes shown as themselves').to.deep.equal([]);
      for (const code of [...ISO_639_1, ...MORE]) {
        const { lang } = labels.label('languages', code);
        // A name that is not in the UI's language is the language's own, marked as such.
        if (lang) expect(lang, code).to.equal(code);
      }
    });
  }

  it("a taxonomy's own label wins over the browser's name", () => {
    const labels = new TaxonomyLabels('de');
    labels.set('languages', [{ code: 'ff', label: 'Fulfulde (Pular)', translation: { locale: 'de', fallbacks: {}, machineTranslated: [] } } as never]);
    expect(labels.label('languages', 'ff')).to.deep.equal({ label: 'Fulfulde (Pular)', lang: undefined });
  });

  it('the directory in ar names ff in the filter and on the card, marked as Fulfulde', async () => {
    const speakers = { ...organizationFixtures[0]!, languages: ['ff', 'wo', 'de'] };
    await mockHandlers([...taxonomyHandlers(), ...organizationHandlers([speakers, ...organizationFixtures.slice(1)])]);
    const element = await renderWidget<HTMLElement>('tk-mo-directory', { locale: 'ar' }, '', { withoutUrlState: true });
    const root = shadow(element);
    const option = await waitFor(() => root.querySelector<HTMLLabelElement>('label[for="filter-language-ff"]'), 'the language filter option ff');
    await waitFor(() => root.querySelector('[part="card-languages"]'), 'the cards');
    const texts = [option, ...root.querySelectorAll('[part="card-languages"]')].map((node) => node.textContent!);
    for (const text of texts) expect(text, text).to.not.match(/(^|[\s,(])ff([\s,)]|$)/);
    const name = option.querySelector('[lang="ff"]')!;
    expect(name.textContent).to.equal('Fulfulde');
    expect(name.getAttribute('dir')).to.equal(directionOf('ff'));
  });
});
