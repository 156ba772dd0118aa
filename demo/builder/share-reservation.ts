// <btw-share>'s reservation, in the shape the CLS benchmark proves (the
// performance guide, docs/guides/performance.md): one style that lays out the
// fallback children with the widget's own lengths, so the fallback takes exactly
// the rendered widget's space at any width, in any font and language. Keep it
// equal to the guide's text; change it only together with the widget's styles.
export const SHARE_RESERVATION_CSS =
  'btw-share{display:block}' +
  'btw-share>div{margin:0 0 .5rem;font-weight:600;line-height:1.5}' +
  'btw-share>ul{display:flex;flex-wrap:wrap;gap:.5rem;margin:0;padding:0;list-style:none;line-height:1.5}' +
  'btw-share>ul>li{margin:0;padding:0}' +
  'btw-share>ul>li>*{display:flex;align-items:center;justify-content:center;gap:.4em;box-sizing:border-box;' +
  'min-width:2.75rem;min-height:2.75rem;padding:.4em .85em;border:1px solid transparent;border-radius:.375rem;' +
  'background:#0b5394;color:#fff;font:inherit;line-height:1.2;text-decoration:none}' +
  'btw-share>ul>li>*::before{content:"";flex:none;width:1.25em;height:1.25em}' +
  'btw-share>ul>li>span{visibility:hidden}' +
  'btw-share[variant=icons]>ul>li>*{width:calc(2.05em + 2px);padding:.4em;overflow:hidden;white-space:nowrap;color:transparent}';
