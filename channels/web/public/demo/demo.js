// Demo page only: ?lang=en switches the page (and so the widget) to English before it loads.
(function () {
  var wanted = new URLSearchParams(location.search).get('lang');
  var lang = wanted === 'en' || (!wanted && !/^zh/i.test(navigator.language || '')) ? 'en' : 'zh';
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-' + lang + ']').forEach(function (node) {
      node.textContent = node.getAttribute('data-' + lang);
    });
    if (lang === 'en') document.title = 'Qingfeng Appliances · Customer Support';
  });
})();
