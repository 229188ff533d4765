// The browser build of Vue (with its template compiler) is plain ES modules: no bundler needed.
declare module 'vue/dist/vue.esm-browser.prod.js' {
  export * from 'vue';
}
