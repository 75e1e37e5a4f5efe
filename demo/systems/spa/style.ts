/** CasusFlow's style sheet. Class names look generated (css-module style) on purpose. */
export const SPA_CSS = `
  * { box-sizing: border-box; }
  html, body { height: 100%; }
  body { margin: 0; font: 14px/1.5 Inter, "Helvetica Neue", Arial, sans-serif; background: #f6f5fb; color: #221f33; }
  a { color: inherit; }
  .r1-app { min-height: 100%; display: flex; flex-direction: column; }
  .r1-top { height: 52px; background: #2d1b69; color: #fff; display: flex; align-items: center; gap: 28px; padding: 0 20px; }
  .r1-logo { font-weight: 800; font-size: 17px; letter-spacing: .2px; }
  .r1-mark { color: #a78bfa; }
  .r1-nav a { text-decoration: none; color: #c4b5fd; margin-right: 16px; font-size: 13px; }
  .r1-nav a.r1-on { color: #fff; }
  .r1-search { margin-left: auto; width: 260px; border-radius: 16px; border: none; padding: 6px 14px; background: #44308a; color: #fff; }
  .r1-search::placeholder { color: #b9abf0; }
  .r1-me { width: 30px; height: 30px; border-radius: 50%; background: #a78bfa; color: #2d1b69; font-weight: 700; font-size: 12px; display: grid; place-items: center; }
  .r1-body { flex: 1; display: flex; min-height: 0; }
  .r1-side { width: 260px; background: #fff; border-right: 1px solid #e4e1f0; padding: 14px 0; }
  .r1-side-h { font-size: 11px; text-transform: uppercase; letter-spacing: .8px; color: #7a7594; padding: 0 18px 8px; }
  .r1-list { list-style: none; margin: 0; padding: 0; }
  .r1-list a { display: block; padding: 9px 18px; text-decoration: none; border-left: 3px solid transparent; }
  .r1-list a:hover { background: #f3f0ff; }
  .r1-list a[aria-current="page"] { background: #ede9fe; border-left-color: #6d28d9; font-weight: 600; }
  .r1-list small { display: block; color: #7a7594; font-size: 12px; font-weight: 400; }
  .r1-main { flex: 1; padding: 24px 32px 96px; min-width: 0; }
  .r1-muted { color: #7a7594; padding: 0 18px; }
  .r1-main .r1-muted { padding: 0; }
  ._h9k { display: flex; align-items: center; gap: 12px; margin-bottom: 16px; }
  ._h9k h1 { font-size: 22px; margin: 0; }
  ._h9k ._b0 { margin-left: auto; display: flex; gap: 8px; }
  ._bt { font: inherit; font-size: 13px; font-weight: 600; border-radius: 8px; padding: 7px 14px; border: 1px solid #d6d1ea; background: #fff; cursor: pointer; }
  ._bt._pr { background: #6d28d9; border-color: #6d28d9; color: #fff; }
  ._pn { background: #fff; border: 1px solid #e4e1f0; border-radius: 12px; padding: 16px 20px; margin-bottom: 16px; }
  ._pn h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .6px; color: #6b6587; margin: 0 0 12px; }
  .vq9-dl { display: grid; grid-template-columns: repeat(3, auto 1fr); gap: 6px 14px; margin: 0; }
  .vq9-dl dt { color: #7a7594; font-size: 12px; align-self: center; }
  .vq9-dl dd { margin: 0; font-weight: 600; }
  .x8f2-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 10px; }
  .x8f2-card { border-radius: 10px; background: #faf9ff; border: 1px solid #e4e1f0; border-top: 4px solid #a78bfa; padding: 8px 12px; display: flex; flex-direction: column; gap: 2px; }
  .x8f2-lbl { font-size: 12px; color: #6b6587; }
  .x8f2-card b { font-size: 22px; }
  .m4t-need { margin: 0; max-width: 72ch; }
  .q7-tags { display: flex; flex-wrap: wrap; gap: 8px; }
  .q7-chip { background: #fde8e8; color: #9b1c1c; border-radius: 999px; padding: 3px 12px; font-size: 12px; font-weight: 600; }
  ._tl { list-style: none; margin: 0; padding: 0; }
  ._tl li { padding: 8px 0; border-bottom: 1px solid #eeeaf8; }
  ._tl small { color: #7a7594; }
  .r1-fab { position: fixed; right: 24px; bottom: 24px; background: #6d28d9; color: #fff; border: none; border-radius: 28px; padding: 14px 22px; font: 600 14px Inter, Arial, sans-serif; box-shadow: 0 6px 16px rgba(76, 29, 149, .35); cursor: pointer; }
  .r1-foot { font-size: 11px; color: #7a7594; padding: 6px 20px; border-top: 1px solid #e4e1f0; background: #fff; }
  .r1-spin { display: inline-block; width: 14px; height: 14px; border: 2px solid #c4b5fd; border-top-color: #6d28d9; border-radius: 50%; animation: r1s .8s linear infinite; vertical-align: -2px; margin-right: 6px; }
  @keyframes r1s { to { transform: rotate(360deg); } }
`;
