// Script-tag embed: turns each <div data-dateline-src="bundle.json"> on the page into its
// own Dateline timeline (an iframe of this folder's index.html in embed mode), so several
// embeds on one page stay independent. Optional data-dateline-view="<hash>" sets the view.
(function () {
  var script = document.currentScript;
  var base = script ? script.src.replace(/[^/]*$/, '') : '';
  function mount(div) {
    if (div.getAttribute('data-dateline-mounted')) return;
    div.setAttribute('data-dateline-mounted', '1');
    var src = div.getAttribute('data-dateline-src') || '';
    var view = div.getAttribute('data-dateline-view') || '';
    var frame = document.createElement('iframe');
    frame.src = base + 'index.html?embed=1' + (src ? '&src=' + encodeURIComponent(new URL(src, location.href).pathname) : '') +
                (view ? '#' + view : '');
    frame.title = 'Dateline timeline';
    frame.loading = 'lazy';
    frame.style.width = '100%';
    frame.style.height = div.getAttribute('data-dateline-height') || '420px';
    frame.style.border = '0';
    div.appendChild(frame);
  }
  function mountAll() { Array.prototype.forEach.call(document.querySelectorAll('div[data-dateline-src]'), mount); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
