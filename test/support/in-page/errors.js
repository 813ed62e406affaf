// Injected first into every page by the test server when a test asks for it:
// records uncaught errors, rejections and console errors in sessionStorage, so
// a test can read them in any engine, including over plain WebDriver.
(() => {
  const KEY = '__test_errors';
  const record = (message) => {
    const list = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
    list.push(`${message} (${location.pathname})`);
    sessionStorage.setItem(KEY, JSON.stringify(list));
  };
  addEventListener('error', (event) => record(`error: ${event.message}`));
  addEventListener('unhandledrejection', (event) => record(`rejection: ${event.reason}`));
  const original = console.error;
  console.error = (...args) => {
    record(`console: ${args.join(' ')}`);
    original.apply(console, args);
  };
})();
