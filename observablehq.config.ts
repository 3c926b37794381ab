// Observable Framework configuration. The site must build with no network: no Google Fonts
// stylesheet (system fonts instead), no npm: imports, every library imported from node_modules.
export default {
  title: "Telisik",
  root: "src",
  // Tests build into a temporary folder; everyone else gets dist/.
  output: process.env.TELISIK_OUTPUT || "dist",
  globalStylesheets: [],
  style: "style.css",
  // An inline icon, so browsers do not ask for a /favicon.ico that does not exist.
  head: '<link rel="icon" href="data:,">',
  pages: [
    {name: "Sources", path: "/sources"},
    {name: "Claims", path: "/claims"},
    {name: "Analysts and quotes", path: "/analysts"},
    {name: "Hedging", path: "/hedging"},
    {name: "Article reader", path: "/reader"},
    {name: "Your own metric", path: "/notebook"},
    {name: "Methodology", path: "/methodology"},
  ],
  footer: "Telisik — how news outlets source their reporting. Rule-based extraction; read the methodology before quoting a number.",
  toc: false,
  search: false,
};
