// The report's texts in the reader's language. Each text is written in English in the
// scripts, with {} for the parts that vary; the page's data island carries the Dutch of
// every such text when the report was made with --lang nl (output/report/report_text_nl.cpp,
// whose test checks that each text here has one). KS.t shows a text now; KS.label marks one
// that is shown later, through KS.t.
var KS = window.KS || (window.KS = {});

(function() {
var dutch = {};

// The texts of `data.text` from now on; "nl" also writes decimal commas.
KS.useLanguage = function(lang, texts) {
  KS.lang = lang || 'en';
  dutch = texts || {};
  document.documentElement.setAttribute('lang', KS.lang);
};
KS.lang = 'en';

// `english` in the report's language, each {} replaced by the next argument.
KS.t = function(english) {
  var args = Array.prototype.slice.call(arguments, 1), i = 0;
  var text = Object.prototype.hasOwnProperty.call(dutch, english) ? dutch[english] : english;
  return text.replace(/\{\}/g, function() { return i < args.length ? String(args[i++]) : '{}'; });
};

KS.label = function(english) {
  return english;
};
})();
