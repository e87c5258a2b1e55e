// The site's language switcher: sets <html lang> and dir without reloading.
// Teilhabe-Kit widgets follow the closest lang, so they switch along.
const RTL = ['ar', 'fa'];
const SUPPORTED = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'fa'];

function applyLanguage(lang) {
  const html = document.documentElement;
  html.lang = lang;
  html.dir = RTL.includes(lang) ? 'rtl' : 'ltr';
  for (const link of document.querySelectorAll('.language-switcher a[data-lang]')) {
    if (link.dataset.lang === lang) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

const requested = new URLSearchParams(location.search).get('lang');
applyLanguage(SUPPORTED.includes(requested) ? requested : 'de');

document.querySelector('.language-switcher')?.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-lang]') : null;
  if (!link) return;
  event.preventDefault();
  const url = new URL(location.href);
  url.searchParams.set('lang', link.dataset.lang);
  // Keep the widget's filters (tk-* parameters) when switching language.
  history.replaceState(history.state, '', url);
  applyLanguage(link.dataset.lang);
});
