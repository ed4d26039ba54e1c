/** The other language's link in the header opens the same view: a search keeps its words, filters and place (query and hash). */
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-same-page]')) {
  link.addEventListener('click', () => {
    link.search = location.search;
    link.hash = location.hash;
  });
}
